package dev.inkasso.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import dev.inkasso.workflow.engine.ParsedOnceFeelEngine;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/** Each rule of bpmn/court-route.dmn, at and just beyond its threshold. */
class CourtRouteTableTest {
    // the production FEEL path (expressions parsed once, evaluated against each row's inputs)
    private static final DmnEngine DMN = ParsedOnceFeelEngine.dmnEngine();
    private static final DmnDecision TABLE = parse();

    static DmnDecision parse() {
        try (InputStream in = new ClassPathResource("bpmn/court-route.dmn").getInputStream()) {
            return DMN.parseDecision(CourtRoute.DECISION_KEY, in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0} {1} ₽ disputed={2} → {3} in {4}")
    @CsvSource({
        "ORGANIZATION,     500000.00,  false, COURT_ORDER, ARBITRATION",
        "SOLE_PROPRIETOR,  500000.00,  false, COURT_ORDER, ARBITRATION",
        "ORGANIZATION,     500000.01,  false, SIMPLIFIED,  ARBITRATION",
        "ORGANIZATION,     300000.00,  true,  SIMPLIFIED,  ARBITRATION",
        "ORGANIZATION,     1200000.00, false, SIMPLIFIED,  ARBITRATION",
        "ORGANIZATION,     1200000.01, false, ORDINARY,    ARBITRATION",
        "SOLE_PROPRIETOR,  600000.00,  false, SIMPLIFIED,  ARBITRATION",
        "SOLE_PROPRIETOR,  600000.01,  false, ORDINARY,    ARBITRATION",
        "INDIVIDUAL,       500000.00,  false, COURT_ORDER, GENERAL",
        "INDIVIDUAL,       500000.01,  false, ORDINARY,    GENERAL",
        "INDIVIDUAL,       250000.00,  true,  SIMPLIFIED,  GENERAL",
        "INDIVIDUAL,       250000.01,  true,  ORDINARY,    GENERAL"})
    void eachRule(String debtorType, double amount, boolean disputed, String procedure, String court) {
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(TABLE, Variables.createVariables()
                .putValue("debtorType", debtorType).putValue("amount", amount).putValue("disputed", disputed))
                .getFirstResult();
        assertThat((String) result.getEntry("procedure")).isEqualTo(procedure);
        assertThat((String) result.getEntry("court")).isEqualTo(court);
    }
}
