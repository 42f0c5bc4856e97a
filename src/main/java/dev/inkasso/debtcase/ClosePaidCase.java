package dev.inkasso.debtcase;

import dev.inkasso.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ClosePaidCase: the debt is paid in full; the case closes as PAID. */
@Component("closePaidCase")
class ClosePaidCase implements JavaDelegate {
    private final CaseLifecycle lifecycle;

    ClosePaidCase(CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.closeAsPaid(ProcessVariables.caseId(execution));
    }
}
