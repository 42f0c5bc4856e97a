package dev.inkasso.legal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The key rate by effective date, and the last day the table is known to be complete. A rate is known for
 * a day from the first effective date up to {@code knownUntil}; for any other day the table says so
 * instead of guessing.
 */
public final class KeyRateTable {
    private final NavigableMap<LocalDate, BigDecimal> ratesByEffectiveDate;
    private final LocalDate knownUntil;

    public KeyRateTable(Map<LocalDate, BigDecimal> ratesByEffectiveDate, LocalDate knownUntil) {
        if (ratesByEffectiveDate.isEmpty()) {
            throw new IllegalArgumentException("the key-rate table is empty");
        }
        this.ratesByEffectiveDate = new TreeMap<>(ratesByEffectiveDate);
        LocalDate lastChange = this.ratesByEffectiveDate.lastKey();
        this.knownUntil = knownUntil == null || knownUntil.isBefore(lastChange) ? lastChange : knownUntil;
    }

    /** The rate in force on {@code day}, in percent per year. */
    public BigDecimal rateOn(LocalDate day) {
        if (day.isBefore(firstKnownDay()) || day.isAfter(knownUntil)) {
            throw new UnknownKeyRateException(day, firstKnownDay(), knownUntil);
        }
        return ratesByEffectiveDate.floorEntry(day).getValue();
    }

    /** The first day after {@code day} on which the rate changes, or null if none is known. */
    public LocalDate nextChangeAfter(LocalDate day) {
        return ratesByEffectiveDate.higherKey(day);
    }

    public LocalDate firstKnownDay() {
        return ratesByEffectiveDate.firstKey();
    }

    public LocalDate knownUntil() {
        return knownUntil;
    }

    public void requireKnown(LocalDate from, LocalDate to) {
        rateOn(from);
        rateOn(to);
    }

    public NavigableMap<LocalDate, BigDecimal> asMap() {
        return java.util.Collections.unmodifiableNavigableMap(ratesByEffectiveDate);
    }
}
