package dev.inkasso.payment;

import dev.inkasso.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ClosePaidCase: the debt is paid in full; the case closes as PAID. */
@Component("closePaidCase")
class ClosePaidCase implements JavaDelegate {
    private final PaidCases paidCases;

    ClosePaidCase(PaidCases paidCases) {
        this.paidCases = paidCases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        paidCases.closeAsPaid(ProcessVariables.caseId(execution));
    }
}
