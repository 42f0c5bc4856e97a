package dev.inkasso.legal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Исковая давность (docs/LEGAL.md §6): three years from the day the debt became overdue (ГК ст. 196, 200 п. 2),
 * started again by the debtor's acknowledgement of the debt (ГК ст. 203), suspended while a mandatory
 * pre-trial claim runs (ст. 202 п. 3: its period, at most the time until a reply), never beyond ten years
 * from the violation, and moved off a Saturday or Sunday to the next Monday (⚠️ secondary source; holidays
 * need the production calendar and are not moved here).
 */
public final class LimitationPeriod {
    /** Something the debtor did that acknowledges the debt, and so restarts the period. */
    public enum AcknowledgementKind {
        /** A signed reconciliation statement (акт сверки). */
        RECONCILIATION_STATEMENT,
        /** A written acknowledgement or a request for deferral or installments. */
        WRITTEN_ACKNOWLEDGEMENT,
        /** A partial payment: counts only where the rules say so (see {@link Rules#partialPaymentAcknowledges}). */
        PARTIAL_PAYMENT
    }

    public record Acknowledgement(LocalDate date, AcknowledgementKind kind) {
    }

    /** A mandatory pre-trial claim: sent on {@code sent}, answered (or filed on) {@code ended}, if so. */
    public record PreTrialClaim(LocalDate sent, LocalDate ended) {
    }

    /**
     * {@code partialPaymentAcknowledges}: a partial payment alone does not show that the debtor acknowledges
     * the whole debt (Пленум ВС РФ № 43, п. 20 — not in docs/LEGAL.md, to be verified), so by default it does
     * not restart the period; set it to true where the contract or the facts make payments acknowledgements.
     */
    public record Rules(int years, int absoluteCapYears, int claimSuspensionDays, boolean partialPaymentAcknowledges) {
        public static final Rules DEFAULT = new Rules(3, 10, 30, false);
    }

    public record Result(LocalDate runsFrom, LocalDate expiresOn, long suspendedDays, String basis) {
    }

    private final Rules rules;

    public LimitationPeriod(Rules rules) {
        this.rules = rules;
    }

    public Result expiry(LocalDate dueDate, List<Acknowledgement> acknowledgements, Optional<PreTrialClaim> claim) {
        LocalDate violation = dueDate.plusDays(1);
        Optional<Acknowledgement> last = acknowledgements.stream()
                .filter(a -> a.kind() != AcknowledgementKind.PARTIAL_PAYMENT || rules.partialPaymentAcknowledges())
                .filter(a -> !a.date().isBefore(violation))
                .max(Comparator.comparing(Acknowledgement::date));
        LocalDate runsFrom = last.map(Acknowledgement::date).orElse(violation);
        long suspended = claim.filter(c -> !c.sent().isBefore(runsFrom))
                .map(c -> Math.min(rules.claimSuspensionDays(),
                        c.ended() == null ? rules.claimSuspensionDays() : ChronoUnit.DAYS.between(c.sent(), c.ended())))
                .orElse(0L);
        // ГК ст. 191, 192: the period runs from the day after the event and ends on the same date years later.
        LocalDate expires = runsFrom.plusYears(rules.years()).plusDays(suspended);
        LocalDate cap = violation.plusYears(rules.absoluteCapYears());
        if (expires.isAfter(cap)) {
            expires = cap;
        }
        if (expires.getDayOfWeek() == DayOfWeek.SATURDAY) {
            expires = expires.plusDays(2);
        } else if (expires.getDayOfWeek() == DayOfWeek.SUNDAY) {
            expires = expires.plusDays(1);
        }
        String basis = last.map(a -> "restarted by " + a.kind() + " of " + a.date()).orElse("from the day after the due date")
                + (suspended > 0 ? ", suspended " + suspended + " days for the pre-trial claim" : "");
        return new Result(runsFrom, expires, suspended, basis);
    }
}
