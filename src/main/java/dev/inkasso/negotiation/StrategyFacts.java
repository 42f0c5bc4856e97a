package dev.inkasso.negotiation;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.payment.Balances;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inputs of collection-strategy.dmn for a case, from the domain: debtor type, outstanding amount, days
 * overdue, relationship, earlier late payments (the debtor's other cases paid after their due date), broken
 * promises and whether the debt was ever disputed.
 */
@Service
public class StrategyFacts {
    private final StrategyFactRows rows;
    private final Balances balances;
    private final CreditorProperties creditor;
    private final Clock clock;

    StrategyFacts(StrategyFactRows rows, Balances balances, CreditorProperties creditor, Clock clock) {
        this.rows = rows;
        this.balances = balances;
        this.creditor = creditor;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> of(long caseId) {
        StrategyFactRows.Row row = rows.of(caseId, creditor.today(clock), creditor.timeZone());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("debtorType", row.debtorType());
        facts.put("outstanding", balances.of(caseId).outstanding().doubleValue());
        facts.put("daysOverdue", row.daysOverdue());
        facts.put("relationship", row.relationship());
        facts.put("latePayments", row.latePayments());
        facts.put("brokenPromises", row.brokenPromises());
        facts.put("disputed", row.disputed());
        return facts;
    }
}
