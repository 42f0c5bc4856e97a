package dev.inkasso.negotiation;

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

/** Each rule of bpmn/collection-strategy.dmn (hit policy FIRST), with the segment that reaches it. */
class StrategyTableTest {
    // the production FEEL path (expressions parsed once, evaluated against each row's inputs)
    private static final DmnEngine DMN = ParsedOnceFeelEngine.dmnEngine();
    private static final DmnDecision TABLE = parse();

    static DmnDecision parse() {
        try (InputStream in = new ClassPathResource("bpmn/collection-strategy.dmn").getInputStream()) {
            return DMN.parseDecision("collection-strategy", in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "rule {0}: {1} {2} ₽ {3} late={4} broken={5} disputed={6} → {7}/{12}")
    @CsvSource({
        "1, ORGANIZATION,    50000,   LONG_TERM_PARTNER, 0, 0, true,  STANDARD, false, true,  1.0, 60, CLAIM",
        "2, ORGANIZATION,    50000,   LONG_TERM_PARTNER, 0, 2, false, HARD,     false, false, 0.5, 80, CLAIM",
        "3, ORGANIZATION,    50000,   LONG_TERM_PARTNER, 2, 1, false, SOFT,     true,  true,  2.0, 40, AGENCY",
        "4, SOLE_PROPRIETOR, 500000,  ONE_OFF,           0, 0, false, HARD,     false, false, 0.5, 90, PARALLEL",
        "5, SOLE_PROPRIETOR, 499999,  ONE_OFF,           0, 0, false, HARD,     false, false, 0.5, 70, CLAIM",
        "6, ORGANIZATION,    1000000, NEW,               0, 0, false, STANDARD, false, true,  1.0, 70, PARALLEL",
        "6, ORGANIZATION,    1000000, LONG_TERM_PARTNER, 3, 0, false, STANDARD, false, true,  1.0, 70, PARALLEL",
        "7, INDIVIDUAL,      20000,   NEW,               3, 0, false, STANDARD, false, true,  1.0, 60, PARALLEL",
        "8, INDIVIDUAL,      20000,   NEW,               2, 1, false, STANDARD, false, true,  1.0, 50, AGENCY",
        "9, ORGANIZATION,    999999,  NEW,               0, 0, false, STANDARD, false, true,  1.0, 50, CLAIM"})
    void eachRule(int rule, String debtorType, double outstanding, String relationship, long latePayments,
                  long brokenPromises, boolean disputed, String strategy, boolean personalCall, boolean friendlyReminder,
                  double waitFactor, int priority, String route) {
        DmnDecisionRuleResult r = DMN.evaluateDecisionTable(TABLE, Variables.createVariables()
                .putValue("debtorType", debtorType).putValue("outstanding", outstanding).putValue("daysOverdue", 10L)
                .putValue("relationship", relationship).putValue("latePayments", latePayments)
                .putValue("brokenPromises", brokenPromises).putValue("disputed", disputed)).getFirstResult();
        assertThat((String) r.getEntry("strategy")).isEqualTo(strategy);
        assertThat((Boolean) r.getEntry("personalCall")).isEqualTo(personalCall);
        assertThat((Boolean) r.getEntry("friendlyReminder")).isEqualTo(friendlyReminder);
        assertThat(((Number) r.getEntry("waitFactor")).doubleValue()).isEqualTo(waitFactor);
        assertThat(((Number) r.getEntry("taskPriority")).intValue()).isEqualTo(priority);
        assertThat((String) r.getEntry("escalationRoute")).isEqualTo(route);
    }
}
