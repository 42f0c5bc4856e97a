package dev.inkasso.legal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Kopeck arithmetic: two decimals, half up. */
public final class Money {
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    public static BigDecimal kopecks(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
