package dev.inkasso.reconciliation;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.workflow.ProcessVariables;
import dev.inkasso.workflow.ReconciliationProcess.Vars;
import dev.inkasso.workflow.TaskInput;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin adapters of reconciliation.bpmn: the facts the officer reads, and the return the officer records. */
@Configuration
class ReconciliationDelegates {
    private final Reconciliations reconciliations;
    private final CreditorProperties creditor;
    private final Clock clock;

    ReconciliationDelegates(Reconciliations reconciliations, CreditorProperties creditor, Clock clock) {
        this.reconciliations = reconciliations;
        this.creditor = creditor;
        this.clock = clock;
    }

    static long reconciliationId(DelegateTask task) {
        return ProcessVariables.id(task, Vars.RECONCILIATION_ID);
    }

    /** Create listener: the statement's debtor, period and balance as task-local facts, and the link to the card. */
    @Bean("showReconciliationFacts")
    TaskListener showReconciliationFacts() {
        return (DelegateTask task) -> {
            Reconciliations.Summary r = reconciliations.get(reconciliationId(task));
            task.setVariableLocal(Vars.DEBTOR_NAME, r.debtorName());
            task.setVariableLocal(Vars.STATEMENT_PERIOD, Reconciliations.period(r.periodFrom(), r.periodTo()));
            task.setVariableLocal(Vars.STATEMENT_BALANCE, RussianFormat.money(r.closingBalance()));
            task.setVariableLocal(Vars.VIEW_CASE_URL, "/cases/" + r.anchorCaseId());
        };
    }

    /** Complete listener: signed (with the date), disagreed (with the reason) or not returned; refused whole if incomplete. */
    @Bean("recordReconciliationReturn")
    TaskListener recordReconciliationReturn() {
        return (DelegateTask task) -> {
            TaskInput input = TaskInput.of(task, creditor, clock);
            Reconciliations.Result result = input.choice(Vars.RECONCILIATION_RESULT, Reconciliations.Result.class);
            long id = reconciliationId(task);
            String note = input.optionalText(Vars.RETURN_NOTE);
            String actor = ProcessVariables.actor(task);
            if (result == Reconciliations.Result.SIGNED) {
                LocalDate signedOn = input.pastDate(Vars.SIGNED_ON);
                Integer scan = input.wholeNumber(Vars.SCAN_DOCUMENT_ID, 1, Integer.MAX_VALUE, false);
                if (signedOn != null && signedOn.isBefore(reconciliations.get(id).periodTo())) {
                    input.refuse(Vars.SIGNED_ON, "must not be before the statement's period ends");
                }
                input.check();
                reconciliations.recordSigned(id, signedOn, scan == null ? null : scan.longValue(), note, actor);
            } else if (result == Reconciliations.Result.DISAGREED) {
                String reason = input.text(Vars.DISAGREEMENT_REASON);
                String invoice = input.optionalText(Vars.DISPUTED_INVOICE_NUMBER);
                input.check();
                reconciliations.recordDisagreement(id, reason, invoice, actor);
            } else {
                input.check();
                reconciliations.recordNotReturned(id, note, actor);
            }
        };
    }
}
