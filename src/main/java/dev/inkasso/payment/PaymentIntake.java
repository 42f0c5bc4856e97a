package dev.inkasso.payment;

import dev.inkasso.interaction.ContactChannel;
import dev.inkasso.interaction.Direction;
import dev.inkasso.hold.Holds;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtcase.CaseLocks;
import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.web.FieldProblem;
import dev.inkasso.web.InvalidInputException;
import dev.inkasso.workflow.DebtCaseProcess;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import dev.inkasso.workflow.ProcessTree;
import dev.inkasso.workflow.engine.InstanceMessages;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import dev.inkasso.debtcase.CaseChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a payment and tells the case's process about it, in one transaction. The payment id is the
 * idempotency key: a repeated post returns the stored payment and changes nothing. The key is looked up once the
 * case is locked, so of two copies posted at the same moment the second waits for the first and then finds it.
 */
@Service
public class PaymentIntake {
    private static final Logger log = LoggerFactory.getLogger(PaymentIntake.class);

    private final PaymentRepository payments;
    private final UnmatchedPaymentRepository unmatched;
    private final DebtCaseRepository cases;
    private final InteractionLog interactions;
    private final InstanceMessages messages;
    private final CreditorProperties creditor;
    private final Holds holds;
    private final Balances balances;
    private final CaseLocks caseLocks;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ProcessTree processTree;

    public PaymentIntake(PaymentRepository payments, UnmatchedPaymentRepository unmatched, DebtCaseRepository cases,
                         InteractionLog interactions, InstanceMessages messages, CreditorProperties creditor, Holds holds,
                         Balances balances, CaseLocks caseLocks, Clock clock, ApplicationEventPublisher events,
                         ProcessTree processTree) {
        this.events = events;
        this.processTree = processTree;
        this.caseLocks = caseLocks;
        this.payments = payments;
        this.unmatched = unmatched;
        this.cases = cases;
        this.interactions = interactions;
        this.messages = messages;
        this.creditor = creditor;
        this.holds = holds;
        this.balances = balances;
        this.clock = clock;
    }

    /** Either the recorded payment, or the id of the unmatched record that keeps it for a person. */
    public sealed interface Outcome permits Recorded, Unmatched {
    }

    /** The payment as recorded; {@code before}: by an earlier post (this one changed nothing). */
    public record Recorded(PaymentView payment, boolean before) implements Outcome {
    }

    public record Unmatched(UnmatchedPayment payment) implements Outcome {
    }

    /**
     * What is on record already: a payment id's earlier posts, and a case's balance. Asked once the payment's case is
     * locked: a copy posted at the same moment has committed by then. A single post asks the database; a statement
     * looks all its ids and balances up at once ({@link PaymentStatement}).
     */
    interface OnRecord {
        Optional<Payment> payment(String paymentId);

        Optional<UnmatchedPayment> unmatched(String paymentId);

        /** The case's balance now that {@code recorded} is (in this transaction). */
        Balance balanceAfter(DebtCase debtCase, Payment recorded);
    }

    private final OnRecord database = new OnRecord() {
        @Override
        public Optional<Payment> payment(String paymentId) {
            return payments.findByExternalId(paymentId);
        }

        @Override
        public Optional<UnmatchedPayment> unmatched(String paymentId) {
            return unmatched.findByExternalId(paymentId);
        }

        @Override
        public Balance balanceAfter(DebtCase debtCase, Payment recorded) {
            return balances.of(debtCase);
        }
    };

    @Transactional
    public Outcome receive(PaymentRequest request) {
        ValidPayment p = validate(request);
        // one writer per case: a copy of this payment posted at the same time waits here, then finds it below
        DebtCase locked = cases.findByInvoiceNumber(p.invoiceNumber()).map(caseLocks::lock).orElse(null);
        return receive(p, locked, database);
    }

    /** A valid payment whose case (null: no case has its invoice number) this transaction holds locked. */
    Outcome receive(ValidPayment p, DebtCase locked, OnRecord onRecord) {
        Optional<Payment> known = onRecord.payment(p.paymentId());
        if (known.isPresent()) {
            return new Recorded(view(known.get()), true);
        }
        Optional<UnmatchedPayment> knownUnmatched = onRecord.unmatched(p.paymentId());
        if (knownUnmatched.isPresent()) {
            return new Unmatched(knownUnmatched.get());
        }
        if (locked == null) {
            log.warn("Payment {} names no known invoice; kept as unmatched", p.paymentId());
            return new Unmatched(unmatched.save(new UnmatchedPayment(p.paymentId(), p.invoiceNumber(), p.amount(),
                    p.paidAt(), p.method().name(), "NO_SUCH_INVOICE", clock.instant())));
        }
        // the case was found by this number: the view needs no second look-up
        return new Recorded(view(apply(locked, p, onRecord), p.invoiceNumber()), false);
    }

    private Payment apply(DebtCase debtCase, ValidPayment p, OnRecord onRecord) {
        Payment payment = payments.saveAndFlush(new Payment(p.paymentId(), debtCase.getId(), p.amount(), p.paidAt(),
                p.method(), clock.instant()));
        interactions.record(debtCase.getId(), ContactChannel.SYSTEM, Direction.INBOUND, "PAYMENT", "RECEIVED",
                InteractionLog.SYSTEM_ACTOR, "Платёж " + p.paymentId(),
                "Получен платёж " + RussianFormat.money(p.amount()) + " (" + p.method() + ")");
        // one query says whether the process runs and whether a hold has paused it
        Optional<ProcessInstance> running = debtCase.isOpen() ? processTree.running(debtCase.getProcessInstanceId()) : Optional.empty();
        if (running.isPresent()) {
            // Task_ApplyPayment runs in this transaction and would read the same balance again: it is handed the answer
            boolean settled = onRecord.balanceAfter(debtCase, payment).isSettled();
            // a held case's process is paused: it still hears about the payment (and applies it when the hold ends)
            // SubProcess_PaymentReceived waits on the instance's own execution: no search for the subscription. Both
            // variables are transient (its step reads them in this transaction); the payment row keeps the id
            Runnable tellTheProcess = () -> messages.deliver(debtCase.getProcessInstanceId(), DebtCaseProcess.MSG_PAYMENT_RECEIVED,
                    Variables.createVariables().putValueTyped(DebtCaseProcess.Vars.PAYMENT_ID, Variables.stringValue(p.paymentId(), true))
                            .putValueTyped(DebtCaseProcess.Vars.SETTLED_BY_PAYMENT, Variables.booleanValue(settled, true)));
            if (settled) {
                // nothing is left to pause collection of: the holds end (which activates the process), and the case
                // closes as paid; the process's state is read again
                holds.liftAll(debtCase.getId(), InteractionLog.SYSTEM_ACTOR);
                holds.withProcessActive(debtCase, tellTheProcess);
            } else {
                holds.withProcessActive(debtCase, running.get(), tellTheProcess);
            }
        } else {
            interactions.system(debtCase.getId(), "PAYMENT", "RECEIVED_OUTSIDE_PROCESS",
                    "Платёж поступил по делу, процесс которого завершён: требует возврата или зачёта.");
        }
        events.publishEvent(CaseChanged.paymentOn(debtCase.getId()));
        log.info("Payment {} recorded for case {}", p.paymentId(), debtCase.getId());
        return payment;
    }

    private PaymentView view(Payment payment) {
        return view(payment, cases.findById(payment.getCaseId()).orElseThrow().getInvoice().getNumber());
    }

    private static PaymentView view(Payment payment, String number) {
        return new PaymentView(payment.getExternalId(), number, payment.getCaseId(), payment.getAmount(),
                payment.getPaidAt(), payment.getMethod());
    }

    record ValidPayment(String paymentId, String invoiceNumber, BigDecimal amount, Instant paidAt, PaymentMethod method) {
    }

    ValidPayment validate(PaymentRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.paymentId() == null || r.paymentId().isBlank()) {
            problems.add(FieldProblem.of("paymentId", "must not be blank"));
        }
        if (r.invoiceNumber() == null || r.invoiceNumber().isBlank()) {
            problems.add(FieldProblem.of("invoiceNumber", "must not be blank"));
        }
        if (r.amount() == null) {
            problems.add(FieldProblem.of("amount", "must not be empty"));
        } else if (r.amount().signum() <= 0) {
            problems.add(FieldProblem.of("amount", "must be greater than zero"));
        } else if (r.amount().stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of("amount", "must have at most 2 decimal places (kopecks)"));
        }
        Instant paidAt = parsePaidAt(r.paidAt(), problems);
        PaymentMethod method = parseMethod(r.method(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ValidPayment(r.paymentId().trim(), r.invoiceNumber().trim(),
                r.amount().setScale(2), paidAt, method);
    }

    private Instant parsePaidAt(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of("paidAt", "must not be empty"));
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(creditor.timeZone()).toInstant();
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(creditor.timeZone()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of("paidAt", "is not a date or date-time (e.g. 2026-03-05T10:15:00+03:00)"));
            return null;
        }
    }

    private static PaymentMethod parseMethod(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of("method", "must not be empty"));
            return null;
        }
        try {
            return PaymentMethod.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("method", "must be one of BANK_TRANSFER, CARD, SBP, CASH, OTHER"));
            return null;
        }
    }
}
