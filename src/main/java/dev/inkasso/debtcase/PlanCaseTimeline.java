package dev.inkasso.debtcase;

import dev.inkasso.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PlanTimeline of debt-case up to 2.3.0: when the pre-due reminder and the due-date timer fire for this case.
 * From 2.4.0 the process starts with its timeline (from 2.6.0 it reads it from the case when it reaches each timer);
 * this step stays for a case opened on an older version whose first step had not run when the new one was deployed
 * (those wait on their version: {@code ProcessMigration} moves them at the next start).
 */
@Component("planCaseTimeline")
class PlanCaseTimeline implements JavaDelegate {
    private final CaseTimelinePlanner planner;

    PlanCaseTimeline(CaseTimelinePlanner planner) {
        this.planner = planner;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ProcessVariables.caseId(execution);
        execution.setVariables(planner.planFor(caseId).startVariables(caseId));
    }
}
