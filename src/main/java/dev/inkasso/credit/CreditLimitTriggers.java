package dev.inkasso.credit;

import dev.inkasso.debtcase.CaseChanged;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When limits are recomputed: after a payment has committed, after a case has entered an escalation stage, and
 * nightly for every debtor (which also repairs a recomputation that failed after a commit). Each runs in its own
 * transaction, so a failing rule never undoes the payment that triggered it.
 */
@Component
class CreditLimitTriggers {
    private static final Logger log = LoggerFactory.getLogger(CreditLimitTriggers.class);

    private final CreditLimits limits;
    private final JdbcClient jdbc;
    private final CreditProperties properties;
    private final TransactionTemplate ownTransaction;

    CreditLimitTriggers(CreditLimits limits, JdbcClient jdbc, CreditProperties properties, PlatformTransactionManager tx) {
        this.limits = limits;
        this.jdbc = jdbc;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(tx);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CaseChanged change) {
        if (!change.payment() && !CreditHistories.ESCALATION.contains(change.stage())) {
            return;
        }
        record Case(long debtorId, boolean paidInFull) {
        }
        Case c = jdbc.sql("""
                select i.debtor_id, (select coalesce(sum(p.amount), 0) from inkasso.payment p where p.case_id = c.id) >= i.amount
                  from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id where c.id = :id""")
                .param("id", change.caseId()).query((rs, n) -> new Case(rs.getLong(1), rs.getBoolean(2))).optional().orElse(null);
        // The rule table reads invoices settled since the last change and cases escalated and not paid in full
        // (CreditHistories): a payment that leaves its invoice unpaid changes none of them, so its answer would be
        // the one already given — partial payments (installments) skip the recomputation.
        if (c != null && (c.paidInFull() || !change.payment())) {
            recompute(c.debtorId());
        }
    }

    @Scheduled(cron = "${inkasso.credit.nightly-cron:0 30 2 * * *}", zone = "${inkasso.creditor.time-zone:Europe/Moscow}")
    void nightly() {
        if (!properties.nightly()) {
            return;
        }
        List<Long> debtors = jdbc.sql("select id from inkasso.debtor order by id").query(Long.class).list();
        debtors.forEach(this::recompute);
        log.info("Nightly credit limits recomputed for {} debtors", debtors.size());
    }

    private void recompute(long debtorId) {
        try {
            ownTransaction.executeWithoutResult(status -> limits.recompute(debtorId, "system"));
        } catch (RuntimeException e) {
            log.warn("Credit limit of debtor {} not recomputed now (the nightly run retries): {}", debtorId, e.toString());
        }
    }
}
