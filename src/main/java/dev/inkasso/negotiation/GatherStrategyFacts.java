package dev.inkasso.negotiation;

import dev.inkasso.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Start listener of every strategy decision: hands the DMN its inputs as transient variables, so the
 * decision sees the balance without the balance ever being stored in the process.
 */
@Component("gatherStrategyFacts")
class GatherStrategyFacts implements ExecutionListener {
    private final StrategyFacts facts;

    GatherStrategyFacts(StrategyFacts facts) {
        this.facts = facts;
    }

    @Override
    public void notify(DelegateExecution execution) {
        facts.of(ProcessVariables.caseId(execution))
                .forEach((name, value) -> execution.setVariableLocal(name, Variables.untypedValue(value, true)));
    }
}
