package dev.inkasso.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import dev.inkasso.workflow.engine.ParsedOnceFeelEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The latest deployed version of a decision table, evaluated as a pure function (no decision history), for rules the
 * code asks on every view or every payment. A manager who redeploys the table changes every answer from then on.
 */
public final class LatestDecision {
    private static final DmnEngine DMN = ParsedOnceFeelEngine.dmnEngine();

    private final RepositoryService repository;
    private final String key;
    private final Map<String, DmnDecision> parsedByDefinitionId = new ConcurrentHashMap<>();

    public LatestDecision(RepositoryService repository, String key) {
        this.repository = repository;
        this.key = key;
    }

    /** The single matching rule's outputs (the tables are FIRST hit policy with a catch-all last row). */
    public DmnDecisionRuleResult evaluate(VariableMap inputs) {
        return DMN.evaluateDecisionTable(latest(), inputs).getSingleResult();
    }

    private DmnDecision latest() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult();
        return parsedByDefinitionId.computeIfAbsent(definition.getId(), id -> {
            try (InputStream model = repository.getDecisionModel(id)) {
                return DMN.parseDecision(key, model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
