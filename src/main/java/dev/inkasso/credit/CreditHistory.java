package dev.inkasso.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A debtor's payment history as the risk score and the limit rules read it: one fact per invoice (oldest due date
 * first), what the debtor still owes and its current limit.
 */
public record CreditHistory(List<InvoiceFact> invoices, BigDecimal outstanding, BigDecimal limit) {

    /**
     * One invoice: when it fell due, when it was settled (the last payment of a paid one, the closing of a settled or
     * written-off one; null while open), whether its case reached escalation (agency, claim, court, enforcement),
     * whether it is there now (open), its broken promises and disputes; {@code settledAt} is when Inkasso learned of
     * the settlement, which orders it against the last change of the limit.
     */
    public record InvoiceFact(long caseId, LocalDate dueDate, LocalDate settledOn, java.time.Instant settledAt,
                              boolean paidInFull, boolean escalated, boolean escalatedNow, int brokenPromises, int disputes) {

        /** Days past the due date: until settlement, or until today while it is open. */
        public long daysLate(LocalDate today) {
            LocalDate end = settledOn != null ? settledOn : today;
            return Math.max(0, ChronoUnit.DAYS.between(dueDate, end));
        }

        public boolean isSettled() {
            return settledOn != null;
        }

        /** Paid in full by its due date. */
        public boolean paidOnTime() {
            return paidInFull && settledOn != null && !settledOn.isAfter(dueDate);
        }

        /** Settled after its due date, or open and overdue. */
        public boolean late(LocalDate today) {
            return daysLate(today) > 0;
        }
    }

    public static CreditHistory empty(BigDecimal limit) {
        return new CreditHistory(List.of(), BigDecimal.ZERO.setScale(2), limit);
    }
}
