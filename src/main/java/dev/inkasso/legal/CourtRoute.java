package dev.inkasso.legal;

import dev.inkasso.debtor.DebtorType;
import java.math.BigDecimal;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import dev.inkasso.workflow.LatestDecision;
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

    private final LatestDecision table;

    public CourtRoute(RepositoryService repository) {
        this.table = new LatestDecision(repository, DECISION_KEY);
    }

    public Route decide(DebtorType debtorType, BigDecimal amount, boolean disputed) {
        DmnDecisionRuleResult result = table.evaluate(Variables.createVariables()
                .putValue("debtorType", debtorType.name())
                .putValue("amount", amount.doubleValue())
                .putValue("disputed", disputed));
        return new Route(Procedure.valueOf(result.getEntry("procedure")), Court.valueOf(result.getEntry("court")));
    }
}
