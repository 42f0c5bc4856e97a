package dev.inkasso.payment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/** The answer to a bank statement: counts by outcome, and each payment's outcome at its index in the statement. */
record StatementView(int received, int recorded, int alreadyRecorded, int unmatched, List<Line> payments) {

    enum Outcome {
        /** Recorded by this statement: the case's balance and process have it. */
        RECORDED,
        /** Its id was recorded before (an overlapping statement, a single post): nothing changed. */
        ALREADY_RECORDED,
        /** It names no case: kept for a person to match ({@code GET /api/payments/unmatched}). */
        UNMATCHED
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(int index, String paymentId, Outcome outcome, String invoiceNumber, Long caseId, BigDecimal amount,
                Long unmatchedPaymentId) {
    }

    static StatementView of(List<PaymentIntake.Outcome> outcomes) {
        List<Line> lines = IntStream.range(0, outcomes.size()).mapToObj(i -> line(i, outcomes.get(i))).toList();
        return new StatementView(lines.size(), count(lines, Outcome.RECORDED), count(lines, Outcome.ALREADY_RECORDED),
                count(lines, Outcome.UNMATCHED), lines);
    }

    private static Line line(int index, PaymentIntake.Outcome outcome) {
        if (outcome instanceof PaymentIntake.Recorded recorded) {
            PaymentView p = recorded.payment();
            return new Line(index, p.paymentId(), recorded.before() ? Outcome.ALREADY_RECORDED : Outcome.RECORDED,
                    p.invoiceNumber(), p.caseId(), p.amount(), null);
        }
        UnmatchedPayment kept = ((PaymentIntake.Unmatched) outcome).payment();
        return new Line(index, kept.getExternalId(), Outcome.UNMATCHED, kept.getInvoiceNumber(), null, kept.getAmount(),
                kept.getId());
    }

    private static int count(List<Line> lines, Outcome outcome) {
        return (int) lines.stream().filter(l -> l.outcome() == outcome).count();
    }
}
