package dev.inkasso.legal;

import dev.inkasso.debtor.DebtorType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Which court and which procedure, as the latest deployed {@code bpmn/court-route.dmn} decides. The table
 * is evaluated as a pure function (no decision history): it is asked on every case view and every claim.
 * A manager who redeploys the table changes every answer from then on.
 */
@Service
public class CourtRoute {
    public static final String DECISION_KEY = "court-route";

    public enum Procedure {
        COURT_ORDER, SIMPLIFIED, ORDINARY
    }

    public record Route(Procedure procedure, Court court) {
    }

    private final RepositoryService repository;
    private final DmnEngine dmn;
    private final Map<String, DmnDecision> parsedByDefinitionId = new ConcurrentHashMap<>();

    public CourtRoute(RepositoryService repository) {
        this.repository = repository;
        this.dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    }

    public Route decide(DebtorType debtorType, BigDecimal amount, boolean disputed) {
        DmnDecisionRuleResult result = dmn.evaluateDecisionTable(latest(), Variables.createVariables()
                .putValue("debtorType", debtorType.name())
                .putValue("amount", amount.doubleValue())
                .putValue("disputed", disputed)).getSingleResult();
        return new Route(Procedure.valueOf(result.getEntry("procedure")), Court.valueOf(result.getEntry("court")));
    }

    private DmnDecision latest() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
                .latestVersion().singleResult();
        return parsedByDefinitionId.computeIfAbsent(definition.getId(), id -> {
            try (InputStream model = repository.getDecisionModel(id)) {
                return dmn.parseDecision(DECISION_KEY, model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
