package dev.inkasso.legal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * Interest for the use of another's money, ГК РФ ст. 395: on the unpaid sum, at the key rate in force on
 * each day, {@code base × rate% × days / daysInYear} per period, split at every rate change, every payment and
 * every new year (docs/LEGAL.md §1.1).
 */
public final class Interest395 {
    private final KeyRateTable rates;
    private final DayCountConvention convention;

    public Interest395(KeyRateTable rates, DayCountConvention convention) {
        this.rates = rates;
        this.convention = convention;
    }

    public Calculation calculate(BigDecimal principal, LocalDate dueDate, LocalDate endDate, List<DatedAmount> payments) {
        List<DebtSchedule.Run> runs = DebtSchedule.runs(principal, dueDate, endDate, payments, convention,
                day -> earliest(rates.nextChangeAfter(day), LocalDate.of(day.getYear() + 1, 1, 1)));
        if (!runs.isEmpty()) {
            rates.requireKnown(runs.get(0).from(), runs.get(runs.size() - 1).to());
        }
        return Calculation.of(runs.stream().map(this::period).toList());
    }

    private Period period(DebtSchedule.Run run) {
        BigDecimal rate = rates.rateOn(run.from());
        int daysInYear = Year.of(run.from().getYear()).length();
        BigDecimal amount = run.base().multiply(rate).multiply(BigDecimal.valueOf(run.days()))
                .divide(Money.HUNDRED.multiply(BigDecimal.valueOf(daysInYear)), 2, RoundingMode.HALF_UP);
        return new Period(run.from(), run.to(), run.days(), daysInYear, rate, Money.kopecks(run.base()), amount);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
