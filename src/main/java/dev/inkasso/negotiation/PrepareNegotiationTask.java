package dev.inkasso.negotiation;

import dev.inkasso.communication.InteractionLog;
import dev.inkasso.communication.RussianFormat;
import dev.inkasso.debtcase.CaseLifecycle;
import dev.inkasso.debtcase.CaseQueries;
import dev.inkasso.debtcase.CaseStage;
import dev.inkasso.debtcase.CaseView;
import dev.inkasso.workflow.ProcessVariables;
import dev.inkasso.workflow.DebtCaseProcess.Vars;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Create listener of Task_Negotiate: moves the case to NEGOTIATION and puts a snapshot of its facts into
 * task-local display variables for the Tasklist form. The snapshot is for the person; nothing reads it back.
 */
@Component("prepareNegotiationTask")
class PrepareNegotiationTask implements TaskListener {
    private static final List<String> OUTCOME_VARIABLES = List.of(Vars.NEGOTIATION_OUTCOME, Vars.PROMISED_AMOUNT,
            Vars.PROMISED_DATE, Vars.DISPUTE_REASON, Vars.NEGOTIATION_NOTE);
    private final CaseLifecycle lifecycle;
    private final CaseQueries cases;
    private final InteractionLog interactions;
    private final String publicUrl;

    PrepareNegotiationTask(CaseLifecycle lifecycle, CaseQueries cases, InteractionLog interactions,
                           @Value("${inkasso.public-url}") String publicUrl) {
        this.lifecycle = lifecycle;
        this.cases = cases;
        this.interactions = interactions;
        this.publicUrl = publicUrl;
    }

    @Override
    public void notify(DelegateTask task) {
        long caseId = ProcessVariables.caseId(task);
        lifecycle.enter(caseId, CaseStage.NEGOTIATION);
        // A new round of talks starts blank: an outcome left from the last round must not complete this one.
        OUTCOME_VARIABLES.forEach(task.getExecution()::removeVariable);
        CaseView view = cases.get(caseId);
        task.setVariableLocal("viewDebtorName", view.debtor().name());
        task.setVariableLocal("viewDebtorInn", view.debtor().inn());
        task.setVariableLocal("viewDebtorPhone", view.debtor().phone() == null ? "—" : view.debtor().phone());
        task.setVariableLocal("viewInvoiceNumber", view.invoiceNumber());
        task.setVariableLocal("viewDueDate", RussianFormat.date(view.dueDate()));
        task.setVariableLocal("viewPrincipal", RussianFormat.money(view.principal()));
        task.setVariableLocal("viewPaid", RussianFormat.money(view.paid()));
        task.setVariableLocal("viewOutstanding", RussianFormat.money(view.outstanding()));
        task.setVariableLocal("viewLastContacts", interactions.latest(caseId).stream()
                .map(i -> i.getOccurredAt().toString().substring(0, 16).replace('T', ' ') + " " + i.getChannel()
                        + " " + i.getKind() + ": " + i.getOutcome())
                .collect(Collectors.joining("\n")));
        task.setVariableLocal("viewCaseUrl", publicUrl + "/api/cases/" + caseId);
    }
}
