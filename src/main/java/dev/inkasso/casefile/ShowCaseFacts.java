package dev.inkasso.casefile;

import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.casefile.CaseQueries;
import dev.inkasso.casefile.CaseView;
import dev.inkasso.workflow.ProcessVariables;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of every officer's task: a snapshot of the case's facts in task-local display variables
 * ({@code view*}) for the Tasklist form. The snapshot is for the person; nothing reads it back as truth.
 */
@Component("showCaseFacts")
public class ShowCaseFacts implements TaskListener {
    /** The task-local variables this listener provides to forms. */
    public static final java.util.List<String> KEYS = java.util.List.of("viewDebtorName", "viewDebtorInn", "viewDebtorPhone",
            "viewInvoiceNumber", "viewDueDate", "viewPrincipal", "viewPaid", "viewOutstanding", "viewAccrued",
            "viewLastContacts", "viewCaseUrl");
    private final CaseQueries cases;
    private final InteractionLog interactions;

    ShowCaseFacts(CaseQueries cases, InteractionLog interactions) {
        this.cases = cases;
        this.interactions = interactions;
    }

    @Override
    public void notify(DelegateTask task) {
        long caseId = ProcessVariables.caseId(task);
        CaseView view = cases.get(caseId);
        task.setVariableLocal("viewDebtorName", view.debtor().name());
        task.setVariableLocal("viewDebtorInn", view.debtor().inn());
        task.setVariableLocal("viewDebtorPhone", view.debtor().phone() == null ? "—" : view.debtor().phone());
        task.setVariableLocal("viewInvoiceNumber", view.invoiceNumber());
        task.setVariableLocal("viewDueDate", RussianFormat.date(view.dueDate()));
        task.setVariableLocal("viewPrincipal", RussianFormat.money(view.principal()));
        task.setVariableLocal("viewPaid", RussianFormat.money(view.paid()));
        task.setVariableLocal("viewOutstanding", RussianFormat.money(view.outstanding()));
        task.setVariableLocal("viewAccrued", view.accrued().interest() == null ? "нет данных о ключевой ставке"
                : RussianFormat.money(view.accrued().interest().add(view.accrued().penalties())));
        task.setVariableLocal("viewLastContacts", interactions.latest(caseId).stream()
                .map(i -> i.getOccurredAt().toString().substring(0, 16).replace('T', ' ') + " " + i.getChannel()
                        + " " + i.getKind() + ": " + i.getOutcome())
                .collect(Collectors.joining("\n")));
        // relative: Tasklist and the case card are served by the same application, whatever host name it has
        task.setVariableLocal("viewCaseUrl", "/cases/" + caseId);
    }
}
