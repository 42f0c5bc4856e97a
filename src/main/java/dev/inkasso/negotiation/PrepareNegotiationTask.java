package dev.inkasso.negotiation;

import dev.inkasso.workflow.DebtCaseProcess.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of Task_Negotiate: gives the task the strategy's priority and clears the last round's
 * outcome. (The stage is set by the model; the case facts by {@code showCaseFacts}.)
 */
@Component("prepareNegotiationTask")
class PrepareNegotiationTask implements TaskListener {
    private static final int DEFAULT_PRIORITY = 50;
    private static final List<String> OUTCOME_VARIABLES = List.of(Vars.NEGOTIATION_OUTCOME, Vars.PROMISED_AMOUNT,
            Vars.PROMISED_DATE, Vars.DISPUTE_REASON, Vars.NEGOTIATION_NOTE, Vars.INSTALLMENTS, Vars.HARDSHIP_UNTIL,
            Vars.DISPUTE_IS_LEGAL, Vars.DISPUTE_RESOLUTION, Vars.WRITE_OFF_AMOUNT, Vars.RESOLUTION_NOTE);

    @Override
    public void notify(DelegateTask task) {
        // A new round of talks starts blank: an outcome left from the last round must not complete this one.
        OUTCOME_VARIABLES.forEach(task.getExecution()::removeVariable);
        Object priority = task.getVariable(Vars.TASK_PRIORITY);
        task.setPriority(priority instanceof Number n ? n.intValue() : DEFAULT_PRIORITY);
    }
}
