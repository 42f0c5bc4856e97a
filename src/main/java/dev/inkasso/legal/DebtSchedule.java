package dev.inkasso.legal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * A debt over its delay: the principal, lowered by payments, cut into runs of days with one base each.
 * Callers add their own cut points (rate changes, year ends) so that every run has one rate.
 */
final class DebtSchedule {
    /** Days {@code from}..{@code to} (inclusive) on which the unpaid base was {@code base}. */
    record Run(LocalDate from, LocalDate to, BigDecimal base) {
        long days() {
            return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    private DebtSchedule() {
    }

    /**
     * The runs from the first day of delay to {@code end}, skipping days with nothing owed.
     * {@code nextCut} gives, for a day, the next day on which a new run must start (or null).
     */
    static List<Run> runs(BigDecimal principal, LocalDate dueDate, LocalDate end, List<DatedAmount> payments,
                          DayCountConvention convention, UnaryOperator<LocalDate> nextCut) {
        LocalDate start = convention.delayStartsDayAfterDue() ? dueDate.plusDays(1) : dueDate;
        List<DatedAmount> sorted = payments.stream().sorted(Comparator.comparing(DatedAmount::date)).toList();
        TreeSet<LocalDate> baseChanges = new TreeSet<>();
        for (DatedAmount p : sorted) {
            baseChanges.add(firstDayWithout(p, convention));
        }
        List<Run> runs = new ArrayList<>();
        LocalDate from = start;
        while (!from.isAfter(end)) {
            LocalDate next = earliest(baseChanges.higher(from), nextCut.apply(from));
            LocalDate to = next == null || next.isAfter(end) ? end : next.minusDays(1);
            BigDecimal base = unpaidOn(from, principal, sorted, convention);
            if (base.signum() > 0) {
                runs.add(new Run(from, to, base));
            }
            from = to.plusDays(1);
        }
        return runs;
    }

    static LocalDate firstDayWithout(DatedAmount payment, DayCountConvention convention) {
        return convention.paymentDayAccrues() ? payment.date().plusDays(1) : payment.date();
    }

    private static BigDecimal unpaidOn(LocalDate day, BigDecimal principal, List<DatedAmount> payments,
                                       DayCountConvention convention) {
        BigDecimal unpaid = principal;
        for (DatedAmount p : payments) {
            if (!firstDayWithout(p, convention).isAfter(day)) {
                unpaid = unpaid.subtract(p.amount());
            }
        }
        return unpaid.max(BigDecimal.ZERO);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
