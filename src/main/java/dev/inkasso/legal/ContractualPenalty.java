package dev.inkasso.legal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Contractual penalty (неустойка, ГК РФ ст. 330): {@code unpaid × rate% per day × days}, split at payments,
 * optionally capped at a percentage of the principal: the period in which the cap is reached ends on that
 * day with the rest of the cap, and nothing accrues after it.
 */
public final class ContractualPenalty {
    private final DayCountConvention convention;

    public ContractualPenalty(DayCountConvention convention) {
        this.convention = convention;
    }

    public Calculation calculate(BigDecimal principal, LocalDate dueDate, LocalDate endDate, BigDecimal ratePercentPerDay,
                                 BigDecimal capPercent, List<DatedAmount> payments) {
        BigDecimal cap = capPercent == null ? null
                : principal.multiply(capPercent).divide(Money.HUNDRED, 2, RoundingMode.HALF_UP);
        List<Period> periods = new ArrayList<>();
        BigDecimal total = Money.ZERO;
        boolean capped = false;
        for (DebtSchedule.Run run : DebtSchedule.runs(principal, dueDate, endDate, payments, convention, day -> null)) {
            BigDecimal perDay = run.base().multiply(ratePercentPerDay).divide(Money.HUNDRED);
            long days = run.days();
            BigDecimal amount = Money.kopecks(perDay.multiply(BigDecimal.valueOf(days)));
            if (cap != null && total.add(amount).compareTo(cap) > 0) {
                // the cap is reached inside this run: it ends on the day the cap is reached
                BigDecimal room = cap.subtract(total);
                days = perDay.signum() == 0 ? days
                        : room.divide(perDay, 0, RoundingMode.CEILING).max(BigDecimal.ONE).longValueExact();
                amount = room;
                capped = true;
            }
            periods.add(new Period(run.from(), run.from().plusDays(days - 1), days, null, ratePercentPerDay,
                    Money.kopecks(run.base()), amount));
            total = total.add(amount);
            if (capped) {
                break;
            }
        }
        return new Calculation(total, periods, capped);
    }
}
