package dev.inkasso.negotiation;

import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.workflow.DebtCaseProcess.Vars;
import dev.inkasso.workflow.ProcessVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of every strategy decision: turns the DMN's result into the plain decision variables the
 * gateways and timers read (strategy, personalCall, friendlyReminder, waitFactor, taskPriority,
 * escalationRoute), and logs a change of strategy on the case.
 */
@Component("applyStrategy")
class ApplyStrategy implements ExecutionListener {
    private final InteractionLog interactions;

    ApplyStrategy(InteractionLog interactions) {
        this.interactions = interactions;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void notify(DelegateExecution execution) {
        Map<String, Object> decision = (Map<String, Object>) execution.getVariable(Vars.STRATEGY_DECISION);
        execution.removeVariable(Vars.STRATEGY_DECISION);
        Object previous = execution.getVariable(Vars.STRATEGY);
        for (String name : new String[] {Vars.STRATEGY, Vars.PERSONAL_CALL, Vars.FRIENDLY_REMINDER, Vars.WAIT_FACTOR,
                Vars.TASK_PRIORITY, Vars.ESCALATION_ROUTE}) {
            Object value = decision.get(name);
            execution.setVariable(name, value instanceof Number n && !name.equals(Vars.WAIT_FACTOR) ? n.intValue() : value);
        }
        if (!decision.get(Vars.STRATEGY).equals(previous)) {
            interactions.system(ProcessVariables.caseId(execution), "STRATEGY", String.valueOf(decision.get(Vars.STRATEGY)),
                    "Стратегия взыскания: " + decision.get(Vars.STRATEGY) + ", эскалация: " + decision.get(Vars.ESCALATION_ROUTE));
        }
    }
}
