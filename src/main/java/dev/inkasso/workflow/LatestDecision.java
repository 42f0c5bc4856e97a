package dev.inkasso.workflow;

import dev.inkasso.workflow.engine.ParsedOnceFeelEngine;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The latest deployed version of a decision table, evaluated as a pure function (no decision history), for rules the
 * code asks on every view or every payment. A manager who redeploys the table changes every answer from then on.
 */
public final class LatestDecision {
    private static final DmnEngine DMN = ParsedOnceFeelEngine.dmnEngine();

    private final CommandExecutor engine;
    private final String key;

    public LatestDecision(RepositoryService repository, String key) {
        this.engine = ((ServiceImpl) repository).getCommandExecutor();
        this.key = key;
    }

    /** The single matching rule's outputs (the tables are FIRST hit policy with a catch-all last row). */
    public DmnDecisionRuleResult evaluate(VariableMap inputs) {
        return DMN.evaluateDecisionTable(latest(), inputs).getSingleResult();
    }

    /**
     * The newest version as the engine has it parsed in its deployment cache, found as a business rule task finds it
     * (one indexed statement for the newest version's id), not by a query checked against the grants of whoever's
     * request asked: the rule is the system's. The authorized query and model download were 29 % of a credit-limit
     * recomputation (bench/RESULTS.md).
     */
    private DmnDecision latest() {
        Command<DecisionDefinitionEntity> newest = context -> (DecisionDefinitionEntity) context.getProcessEngineConfiguration()
                .getDeploymentCache().findDeployedLatestDecisionDefinitionByKey(key);
        return engine.execute(newest);
    }
}
