package dev.inkasso.payment;

import dev.inkasso.web.GroupCommit;
import dev.inkasso.web.GroupCommitProperties;
import dev.inkasso.web.Retry;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payments")
class PaymentController {
    private final PaymentIntake intake;
    private final PaymentStatement statements;
    private final UnmatchedPaymentRepository unmatched;
    /** Single posts that arrive while others are written are written together, as a statement is. */
    private final GroupCommit<PaymentRequest, PaymentIntake.Outcome> posts;

    PaymentController(PaymentIntake intake, PaymentStatement statements, UnmatchedPaymentRepository unmatched,
                      GroupCommitProperties grouping,
                      io.micrometer.core.instrument.MeterRegistry meters) {
        this.intake = intake;
        this.statements = statements;
        this.unmatched = unmatched;
        this.posts = grouping.of("payments", group -> Retry.onConflict(() -> statements.receive(group)),
                one -> Retry.onConflict(() -> intake.receive(one)), PaymentRequest::paymentId, meters);
    }

    /**
     * 200 with the payment, the same body however often it is posted; 422 if it names no known invoice. Checked before
     * it waits for company: a bad payment is refused on its own and never fails a group.
     */
    @PostMapping
    ResponseEntity<?> receive(@RequestBody PaymentRequest request) {
        intake.validate(request);
        PaymentIntake.Outcome outcome = posts.submit(request);
        if (outcome instanceof PaymentIntake.Recorded recorded) {
            return ResponseEntity.ok(recorded.payment());
        }
        UnmatchedPayment kept = ((PaymentIntake.Unmatched) outcome).payment();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "No debt case for invoice " + kept.getInvoiceNumber() + "; the payment is kept as unmatched for review");
        problem.setTitle("Unmatched payment");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", List.of(Map.of("field", "invoiceNumber", "message", "matches no debt case")));
        problem.setProperty("unmatchedPaymentId", kept.getId());
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    /**
     * A bank statement: a JSON array of payments as {@code POST /api/payments} takes them. 200 with every payment's
     * outcome in the statement's order — recorded now, recorded before, or kept as unmatched — however often it is
     * posted; 400 naming each bad payment's field by its index ({@code [2].amount}), and then nothing is written.
     */
    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    StatementView receiveStatement(@RequestBody List<PaymentRequest> statement) {
        return StatementView.of(Retry.onConflict(() -> statements.receive(statement)));
    }

    /** Payments waiting for a person to match them to a case. */
    @GetMapping("/unmatched")
    List<UnmatchedView> unmatched() {
        return unmatched.findByResolvedAtIsNullOrderByReceivedAtAsc().stream().map(UnmatchedView::of).toList();
    }

    record UnmatchedView(Long id, String paymentId, String invoiceNumber, java.math.BigDecimal amount,
                         java.time.Instant paidAt, String method, String reason, java.time.Instant receivedAt) {
        static UnmatchedView of(UnmatchedPayment p) {
            return new UnmatchedView(p.getId(), p.getExternalId(), p.getInvoiceNumber(), p.getAmount(), p.getPaidAt(),
                    p.getMethod(), p.getReason(), p.getReceivedAt());
        }
    }
}
