package dev.inkasso.legal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Contractual penalty (неустойка, ГК РФ ст. 330): {@code unpaid × rate% per day × days}, split at payments,
 * optionally capped at a percentage of the principal (the period that reaches the cap is cut to it and
 * nothing accrues after it).
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
            BigDecimal amount = run.base().multiply(ratePercentPerDay).multiply(BigDecimal.valueOf(run.days()))
                    .divide(Money.HUNDRED, 2, RoundingMode.HALF_UP);
            if (cap != null && total.add(amount).compareTo(cap) >= 0) {
                capped = total.add(amount).compareTo(cap) > 0;
                amount = cap.subtract(total);
            }
            periods.add(new Period(run.from(), run.to(), run.days(), null, ratePercentPerDay, Money.kopecks(run.base()), amount));
            total = total.add(amount);
            if (cap != null && total.compareTo(cap) >= 0) {
                break;
            }
        }
        return new Calculation(total, periods, capped);
    }
}
