package dev.inkasso.negotiation;

import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.workflow.DebtCaseProcess.Vars;
import dev.inkasso.workflow.ProcessVariables;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of every strategy decision: turns the DMN's result into the plain decision variables the
 * gateways and timers read (strategy, personalCall, friendlyReminder, waitFactor, taskPriority,
 * escalationRoute), and logs a change of strategy on the case.
 *
 * <p>The result is read from the engine's transient {@code decisionResult}: the business rule tasks have no result
 * variable, so the table's row is never serialized to JSON, stored and deleted again within the same step (4 % of a
 * case's first job, bench/RESULTS.md).
 */
@Component("applyStrategy")
class ApplyStrategy implements ExecutionListener {
    private static final String[] DECISION_VARIABLES = {Vars.STRATEGY, Vars.PERSONAL_CALL, Vars.FRIENDLY_REMINDER,
            Vars.WAIT_FACTOR, Vars.TASK_PRIORITY, Vars.ESCALATION_ROUTE};
    private final InteractionLog interactions;

    ApplyStrategy(InteractionLog interactions) {
        this.interactions = interactions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Map<String, Object> decision = decision(execution);
        // an instance that ran a model up to 2.2.0 before its migration stored the row as a variable: it goes
        execution.removeVariable(Vars.STRATEGY_DECISION);
        Object previous = execution.getVariable(Vars.STRATEGY);
        for (String name : DECISION_VARIABLES) {
            Object value = decision.get(name);
            execution.setVariable(name, value instanceof Number n && !name.equals(Vars.WAIT_FACTOR) ? n.intValue() : value);
        }
        if (!decision.get(Vars.STRATEGY).equals(previous)) {
            interactions.system(ProcessVariables.caseId(execution), "STRATEGY", String.valueOf(decision.get(Vars.STRATEGY)),
                    "Стратегия взыскания: " + decision.get(Vars.STRATEGY) + ", эскалация: " + decision.get(Vars.ESCALATION_ROUTE));
        }
    }

    /** The matched row (the table's hit policy is FIRST); a table that matches nothing is a modelling error. */
    private static Map<String, Object> decision(DelegateExecution execution) {
        if (!(execution.getVariableLocal(Vars.DECISION_RESULT) instanceof DmnDecisionResult result) || result.isEmpty()) {
            throw new IllegalStateException("collection-strategy matched no rule for case " + ProcessVariables.caseId(execution)
                    + " at " + execution.getCurrentActivityId());
        }
        return result.getSingleResult().getEntryMap();
    }
}
