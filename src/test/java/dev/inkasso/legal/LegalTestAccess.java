package dev.inkasso.legal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.Map;

/** Test access to the shipped key-rate seed for code outside this package (benchmarks). */
public final class LegalTestAccess {
    private LegalTestAccess() {
    }

    public static Map.Entry<Map<LocalDate, BigDecimal>, LocalDate> seed() {
        KeyRates.Seed seed = KeyRates.readSeed();
        return new AbstractMap.SimpleEntry<>(seed.rates(), seed.knownUntil());
    }
}
