package dev.inkasso.payment;

import dev.inkasso.workflow.DebtCaseProcess.Vars;
import dev.inkasso.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Task_ApplyPayment: a payment was recorded; decide whether the debt is now paid in full. The decision
 * is local to this payment's event subprocess.
 */
@Component("applyPayment")
class ApplyPayment implements JavaDelegate {
    private final PaidCases paidCases;

    ApplyPayment(PaidCases paidCases) {
        this.paidCases = paidCases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the intake hands over the balance it read in this transaction; a job of an older version reads it now
        boolean fullyPaid = execution.getVariable(Vars.SETTLED_BY_PAYMENT) instanceof Boolean settled
                ? settled : paidCases.isFullyPaid(ProcessVariables.caseId(execution));
        // transient: the gateway right after reads it; which end event the payment reached records the answer in the
        // history, so no row is written for it (and none deleted when the event subprocess ends)
        execution.setVariableLocal(Vars.FULLY_PAID, Variables.booleanValue(fullyPaid, true));
    }
}
