package dev.inkasso.debtcase;

import dev.inkasso.workflow.DebtCaseProcess.Vars;
import dev.inkasso.workflow.ProcessVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PlanTimeline: when the pre-due reminder and the due-date timer fire for this case. */
@Component("planCaseTimeline")
class PlanCaseTimeline implements JavaDelegate {
    private final CaseTimelinePlanner planner;
    private final DebtCaseRepository cases;

    PlanCaseTimeline(CaseTimelinePlanner planner, DebtCaseRepository cases) {
        this.planner = planner;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ProcessVariables.caseId(execution);
        CaseTimeline plan = planner.plan(cases.findById(caseId).orElseThrow().getInvoice().getDueDate());
        execution.setVariable(Vars.PRE_DUE_REMINDER_PLANNED, plan.preDueReminderPlanned());
        execution.setVariable(Vars.PRE_DUE_REMINDER_AT, Date.from(plan.preDueReminderAt()));
        execution.setVariable(Vars.OVERDUE_AT, Date.from(plan.overdueAt()));
    }
}
