package dev.inkasso.payment;

import dev.inkasso.debtcase.CaseLocks;
import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.web.FieldProblem;
import dev.inkasso.web.InvalidInputException;
import dev.inkasso.workflow.engine.EngineBatch;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bank statement's payments ({@code POST /api/payments/import}): each is received as a single post would be, all in
 * one transaction. Every payment is checked first and a statement with a bad one writes nothing; a payment already on
 * record (posted before, or in an overlapping statement) changes nothing again; one that names no invoice is kept as
 * unmatched. The statement's cases are locked at once, in case id order, and its ids and their balances looked up at
 * once; the process messages of a chunk are delivered in one engine command, whose rows are written in one flush.
 */
@Service
public class PaymentStatement {
    /** One statement's size: a bank's daily statement holds hundreds; a larger backlog is posted in several. */
    public static final int MAX_PAYMENTS = 10_000;
    /** Bounds what one engine command holds in memory until its flush. */
    static final int PAYMENTS_PER_COMMAND = 500;

    private final PaymentIntake intake;
    private final CaseLocks caseLocks;
    private final PaymentRepository payments;
    private final UnmatchedPaymentRepository unmatched;
    private final EngineBatch engineBatch;
    private final Balances balances;
    @PersistenceContext
    private EntityManager entities;

    PaymentStatement(PaymentIntake intake, CaseLocks caseLocks, PaymentRepository payments,
                     UnmatchedPaymentRepository unmatched, EngineBatch engineBatch, Balances balances) {
        this.intake = intake;
        this.caseLocks = caseLocks;
        this.payments = payments;
        this.unmatched = unmatched;
        this.engineBatch = engineBatch;
        this.balances = balances;
    }

    /** The outcome of every payment, in the statement's order. */
    @Transactional
    public List<PaymentIntake.Outcome> receive(List<PaymentRequest> statement) {
        List<PaymentIntake.ValidPayment> valid = validate(statement);
        Map<String, Long> cases = caseLocks.lockByInvoiceNumbers(
                valid.stream().map(PaymentIntake.ValidPayment::invoiceNumber).distinct().toList());
        List<String> ids = valid.stream().map(PaymentIntake.ValidPayment::paymentId).toList();
        Known onRecord = new Known(
                payments.findByExternalIdIn(ids).stream().collect(Collectors.toMap(Payment::getExternalId, Function.identity())),
                unmatched.findByExternalIdIn(ids).stream().collect(Collectors.toMap(UnmatchedPayment::getExternalId, Function.identity())),
                balances.withoutAward(cases.values()));
        List<PaymentIntake.Outcome> outcomes = new ArrayList<>(valid.size());
        for (int from = 0; from < valid.size(); from += PAYMENTS_PER_COMMAND) {
            List<PaymentIntake.ValidPayment> chunk = valid.subList(from, Math.min(valid.size(), from + PAYMENTS_PER_COMMAND));
            engineBatch.inOneCommand(() -> chunk.forEach(p -> outcomes.add(receive(p, cases.get(p.invoiceNumber()), onRecord))));
        }
        return outcomes;
    }

    /**
     * One payment of the statement. The persistence context is emptied after each: every query of the next would
     * otherwise check all the statement's cases, payments and contact records for changes to flush first.
     */
    private PaymentIntake.Outcome receive(PaymentIntake.ValidPayment p, Long caseId, Known onRecord) {
        DebtCase locked = caseId == null ? null : caseLocks.lock(caseId).orElseThrow();
        PaymentIntake.Outcome outcome = intake.receive(p, locked, onRecord);
        if (outcome instanceof PaymentIntake.Recorded recorded && !recorded.before()) {
            onRecord.recorded(caseId, p.amount());
        }
        entities.flush();
        entities.clear();
        return outcome;
    }

    /**
     * Every payment checked; a problem names its field by the payment's index in the array, {@code [2].amount}, as a
     * value that cannot be read at all is named.
     */
    private List<PaymentIntake.ValidPayment> validate(List<PaymentRequest> statement) {
        if (statement == null || statement.isEmpty()) {
            throw InvalidInputException.of(null, "the statement holds no payment");
        }
        if (statement.size() > MAX_PAYMENTS) {
            throw InvalidInputException.of(null, "the statement holds " + statement.size() + " payments, at most "
                    + MAX_PAYMENTS + " are taken at once: post it in parts");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<PaymentIntake.ValidPayment> valid = new ArrayList<>(statement.size());
        Map<String, Integer> firstOfId = new HashMap<>();
        for (int i = 0; i < statement.size(); i++) {
            String at = "[" + i + "]";
            if (statement.get(i) == null) {
                problems.add(FieldProblem.of(at, "must be a payment, not null"));
                continue;
            }
            try {
                PaymentIntake.ValidPayment p = intake.validate(statement.get(i));
                Integer first = firstOfId.putIfAbsent(p.paymentId(), i);
                if (first != null) {
                    problems.add(FieldProblem.of(at + ".paymentId", "payment " + p.paymentId()
                            + " appears twice (first at [" + first + "])"));
                }
                valid.add(p);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(FieldProblem.of(at + "." + p.field(), p.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return valid;
    }

    /**
     * What is on record for the statement, looked up at once when it starts: its payment ids, and the balances of its
     * cases (without a court award) to which it adds what it records itself.
     */
    private final class Known implements PaymentIntake.OnRecord {
        private final Map<String, Payment> payments;
        private final Map<String, UnmatchedPayment> unmatched;
        private final Map<Long, Balance> before;
        private final Map<Long, BigDecimal> recordedHere = new HashMap<>();

        Known(Map<String, Payment> payments, Map<String, UnmatchedPayment> unmatched, Map<Long, Balance> before) {
            this.payments = payments;
            this.unmatched = unmatched;
            this.before = before;
        }

        @Override
        public Optional<Payment> payment(String paymentId) {
            return Optional.ofNullable(payments.get(paymentId));
        }

        @Override
        public Optional<UnmatchedPayment> unmatched(String paymentId) {
            return Optional.ofNullable(unmatched.get(paymentId));
        }

        @Override
        public Balance balanceAfter(DebtCase debtCase, Payment recorded) {
            Balance start = before.get(debtCase.getId());
            if (start == null) {
                return balances.of(debtCase);
            }
            BigDecimal paidHere = recordedHere.getOrDefault(debtCase.getId(), BigDecimal.ZERO).add(recorded.getAmount());
            return Balance.of(start.principal(), start.paid().add(paidHere), start.writtenOff());
        }

        /** A payment this statement recorded: the case's later payments in it count it. */
        void recorded(long caseId, BigDecimal amount) {
            recordedHere.merge(caseId, amount, BigDecimal::add);
        }
    }
}
