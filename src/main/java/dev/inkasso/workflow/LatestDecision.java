package dev.inkasso.workflow;

import dev.inkasso.workflow.engine.DeployedDefinitions;
import dev.inkasso.workflow.engine.ParsedOnceFeelEngine;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The latest deployed version of a decision table, evaluated as a pure function (no decision history), for rules the
 * code asks on every view or every payment. A manager who redeploys the table changes every answer from then on.
 */
public final class LatestDecision {
    private static final DmnEngine DMN = ParsedOnceFeelEngine.dmnEngine();

    private final DeployedDefinitions deployed;
    private final String key;

    public LatestDecision(RepositoryService repository, String key) {
        this.deployed = new DeployedDefinitions(repository);
        this.key = key;
    }

    /** The single matching rule's outputs (the tables are FIRST hit policy with a catch-all last row). */
    public DmnDecisionRuleResult evaluate(VariableMap inputs) {
        return DMN.evaluateDecisionTable(deployed.latestDecision(key), inputs).getSingleResult();
    }
}
