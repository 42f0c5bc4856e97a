package dev.inkasso.debtcase;

import dev.inkasso.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Execution listener that records the stage a case has reached: {@code ${caseStage.enter(execution, 'OVERDUE')}}. */
@Component("caseStage")
public class CaseStageListener {
    private final CaseLifecycle lifecycle;

    CaseStageListener(CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public void enter(DelegateExecution execution, String stage) {
        lifecycle.enter(ProcessVariables.caseId(execution), CaseStage.valueOf(stage));
    }
}
