package dev.inkasso.legal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Statutory penalties in fractions of the key rate (docs/LEGAL.md §2.2), e.g. housing and utilities, ЖК РФ
 * ст. 155 ч. 14: nothing for days 1–30 of the delay, 1/300 of the rate for days 31–90, 1/130 from day 91.
 * The rate is the one in force on the day of payment (here: the end date) for the whole delay, except
 * inside a fixed-rate window (Постановление № 474: 9.5 % for 28.02.2022–31.12.2024).
 */
public final class RateFractionPenalty {
    /** From delay day {@code fromDay} (1 = the day after the due date) the fraction {@code 1/divisor} applies. */
    public record Tier(int fromDay, int divisor) {
    }

    public record FixedRate(LocalDate from, LocalDate to, BigDecimal ratePercent) {
    }

    public enum Regime {
        HOUSING_155(List.of(new Tier(31, 300), new Tier(91, 130)),
                List.of(new FixedRate(LocalDate.of(2022, 2, 28), LocalDate.of(2024, 12, 31), new BigDecimal("9.50")))),
        ONE_300(List.of(new Tier(1, 300)), List.of());

        private final List<Tier> tiers;
        private final List<FixedRate> fixedRates;

        Regime(List<Tier> tiers, List<FixedRate> fixedRates) {
            this.tiers = tiers;
            this.fixedRates = fixedRates;
        }
    }

    private final KeyRateTable rates;
    private final DayCountConvention convention;

    public RateFractionPenalty(KeyRateTable rates, DayCountConvention convention) {
        this.rates = rates;
        this.convention = convention;
    }

    public Calculation calculate(Regime regime, BigDecimal principal, LocalDate dueDate, LocalDate endDate,
                                 List<DatedAmount> payments) {
        BigDecimal rate = regime.fixedRates.stream()
                .filter(w -> !endDate.isBefore(w.from()) && !endDate.isAfter(w.to()))
                .map(FixedRate::ratePercent).findFirst().orElseGet(() -> rates.rateOn(endDate));
        List<Period> periods = new ArrayList<>();
        for (DebtSchedule.Run run : DebtSchedule.runs(principal, dueDate, endDate, payments, convention,
                day -> nextTierStart(regime, dueDate, day))) {
            Tier tier = tierOn(regime, dueDate, run.from());
            if (tier == null) {
                continue;
            }
            BigDecimal perDayPercent = rate.divide(BigDecimal.valueOf(tier.divisor()), MathContext.DECIMAL64);
            BigDecimal amount = run.base().multiply(perDayPercent).multiply(BigDecimal.valueOf(run.days()))
                    .divide(Money.HUNDRED, 2, RoundingMode.HALF_UP);
            periods.add(new Period(run.from(), run.to(), run.days(), null,
                    perDayPercent.setScale(6, RoundingMode.HALF_UP), Money.kopecks(run.base()), amount));
        }
        return Calculation.of(periods);
    }

    private static Tier tierOn(Regime regime, LocalDate dueDate, LocalDate day) {
        long delayDay = ChronoUnit.DAYS.between(dueDate, day);
        Tier current = null;
        for (Tier tier : regime.tiers) {
            if (delayDay >= tier.fromDay()) {
                current = tier;
            }
        }
        return current;
    }

    private static LocalDate nextTierStart(Regime regime, LocalDate dueDate, LocalDate day) {
        return regime.tiers.stream().map(t -> dueDate.plusDays(t.fromDay()))
                .filter(d -> d.isAfter(day)).min(LocalDate::compareTo).orElse(null);
    }
}
