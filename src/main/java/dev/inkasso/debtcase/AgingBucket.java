package dev.inkasso.debtcase;

import java.util.Arrays;
import java.util.Optional;

/**
 * Aging of an open receivable by days past its due date, as a credit controller reads it. {@code fromDays} and
 * {@code toDays} are inclusive; NOT_DUE is everything not yet past due (zero or fewer days).
 */
public enum AgingBucket {
    NOT_DUE("not-due", "Срок не наступил", Integer.MIN_VALUE, 0),
    DAYS_1_30("1-30", "1–30 дн.", 1, 30),
    DAYS_31_60("31-60", "31–60 дн.", 31, 60),
    DAYS_61_90("61-90", "61–90 дн.", 61, 90),
    DAYS_91_180("91-180", "91–180 дн.", 91, 180),
    OVER_180("180+", "более 180 дн.", 181, Integer.MAX_VALUE);

    private final String code;
    private final String label;
    private final int fromDays;
    private final int toDays;

    AgingBucket(String code, String label, int fromDays, int toDays) {
        this.code = code;
        this.label = label;
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    public static Optional<AgingBucket> ofCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }

    public static AgingBucket ofDaysOverdue(long days) {
        return Arrays.stream(values()).filter(b -> days >= b.fromDays && days <= b.toDays).findFirst().orElseThrow();
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public int fromDays() {
        return fromDays;
    }

    public int toDays() {
        return toDays;
    }
}
