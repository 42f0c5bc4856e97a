package dev.inkasso.legal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The shipped key-rate table and calculators with the default conventions, for tests without Spring. */
final class LegalFixtures {
    static final KeyRateTable RATES = seededRates();
    static final Interest395 INTEREST = new Interest395(RATES, DayCountConvention.CALCULATOR_PRACTICE);
    static final ContractualPenalty PENALTY = new ContractualPenalty(DayCountConvention.CALCULATOR_PRACTICE);

    private LegalFixtures() {
    }

    static KeyRateTable seededRates() {
        KeyRates.Seed seed = KeyRates.readSeed();
        return new KeyRateTable(seed.rates(), seed.knownUntil());
    }

    static BigDecimal rub(String amount) {
        return new BigDecimal(amount);
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static DatedAmount paid(String iso, String amount) {
        return new DatedAmount(date(iso), rub(amount));
    }

    static List<DatedAmount> none() {
        return List.of();
    }
}
