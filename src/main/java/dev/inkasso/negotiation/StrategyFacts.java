package dev.inkasso.negotiation;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.debtor.Debtor;
import dev.inkasso.payment.Balances;
import dev.inkasso.payment.PaymentRepository;
import dev.inkasso.hold.Holds;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inputs of collection-strategy.dmn for a case, from the domain: debtor type, outstanding amount, days
 * overdue, relationship, earlier late payments, broken promises and whether the debt is disputed.
 */
@Service
public class StrategyFacts {
    private final DebtCaseRepository cases;
    private final Balances balances;
    private final PaymentRepository payments;
    private final PromiseRepository promises;
    private final Holds holds;
    private final CreditorProperties creditor;
    private final Clock clock;

    public StrategyFacts(DebtCaseRepository cases, Balances balances, PaymentRepository payments, PromiseRepository promises,
                         Holds holds, CreditorProperties creditor, Clock clock) {
        this.cases = cases;
        this.balances = balances;
        this.payments = payments;
        this.promises = promises;
        this.holds = holds;
        this.creditor = creditor;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> of(long caseId) {
        DebtCase debtCase = cases.findById(caseId).orElseThrow();
        Debtor debtor = debtCase.getInvoice().getDebtor();
        LocalDate today = creditor.today(clock);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("debtorType", debtor.getType().name());
        facts.put("outstanding", balances.of(debtCase).outstanding().doubleValue());
        facts.put("daysOverdue", Math.max(0, ChronoUnit.DAYS.between(debtCase.getInvoice().getDueDate(), today)));
        facts.put("relationship", debtor.getRelationship().name());
        facts.put("latePayments", latePayments(debtor, caseId));
        facts.put("brokenPromises", promises.countBrokenByDebtor(debtor.getId()));
        facts.put("disputed", holds.everDisputed(caseId));
        return facts;
    }

    /** Earlier cases of the debtor that were paid, but only after their due date (one query, however long the history). */
    private long latePayments(Debtor debtor, long currentCase) {
        return payments.countCasesPaidLate(debtor.getId(), currentCase, creditor.timeZone().getId());
    }
}
