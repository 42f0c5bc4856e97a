package dev.inkasso.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.inkasso.workflow.engine.ParsedOnceFeelEngine;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of bpmn/credit-decision.dmn and bpmn/credit-limit.dmn (hit policy FIRST), with the facts that reach it. */
class CreditTablesTest {
    // the production FEEL path (expressions parsed once, evaluated against each row's inputs)
    private static final DmnEngine DMN = ParsedOnceFeelEngine.dmnEngine();
    private static final DmnDecision DECISION = parse("credit-decision");
    private static final DmnDecision LIMIT = parse("credit-limit");

    static DmnDecision parse(String key) {
        try (InputStream in = Files.newInputStream(Path.of("bpmn", key + ".dmn"))) {
            return DMN.parseDecision(key, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "score {0}, {1}, checked {2}, ЕФРСБ {3}, ФССП {4}, {5} ₽ → {6} ({7} days)")
    @CsvSource({
        "5,  LIQUIDATING, true,  0, 0, 100000,  REJECT,             0",
        "5,  EXCLUDED,    true,  0, 0, 100000,  REJECT,             0",
        "5,  ACTIVE,      true,  1, 0, 100000,  REJECT,             0",
        "85, ACTIVE,      true,  0, 0, 100000,  REJECT,             0",
        "80, ACTIVE,      true,  0, 0, 100000,  REJECT,             0",
        "79, ACTIVE,      true,  0, 0, 100000,  APPROVE_PREPAYMENT, 0",
        "60, ACTIVE,      true,  0, 0, 100000,  APPROVE_PREPAYMENT, 0",
        "10, ACTIVE,      false, 0, 0, 100000,  REVIEW,             0",
        "10, UNKNOWN,     true,  0, 0, 100000,  REVIEW,             0",
        "59, ACTIVE,      true,  0, 0, 100000,  REVIEW,             0",
        "35, ACTIVE,      true,  0, 0, 100000,  REVIEW,             0",
        "10, ACTIVE,      true,  0, 0, 1000001, REVIEW,             0",
        "10, ACTIVE,      true,  0, 2, 100000,  REVIEW,             0",
        "14, ACTIVE,      true,  0, 0, 1000000, APPROVE,            60",
        "15, ACTIVE,      true,  0, 0, 100000,  APPROVE,            30",
        "34, ACTIVE,      true,  0, 0, 100000,  APPROVE,            30"})
    void creditDecision(int score, String registry, boolean checked, int bankruptcy, int enforcements, double requested,
                        String decision, int maxTerm) {
        DmnDecisionRuleResult r = DMN.evaluateDecisionTable(DECISION, Variables.createVariables()
                .putValue("riskScore", score).putValue("registryStatus", registry).putValue("registryChecked", checked)
                .putValue("bankruptcyNotices", bankruptcy).putValue("openEnforcements", enforcements)
                .putValue("requestedLimit", requested)).getSingleResult();
        assertThat((String) r.getEntry("creditDecision")).isEqualTo(decision);
        assertThat(((Number) r.getEntry("maxTermDays")).intValue()).isEqualTo(maxTerm);
        assertThat((String) r.getEntry("decisionReason")).isNotBlank();
    }

    @ParameterizedTest(name = "escalated {0}, limit {1}, last {2}, late {3} (max {4} days), on time {5} → {6} × {7}")
    @CsvSource({
        "true,  100000, INITIAL,        0, 0,  9, ZERO,    0",
        "true,  0,      ZERO,           0, 0,  9, KEEP,    1",
        "false, 0,      ZERO,           1, 30, 0, RESTORE, 1",
        "false, 0,      ZERO,           1, 31, 0, RESTORE, 0.5",
        "false, 0,      CREDIT_REQUEST, 0, 0,  1, KEEP,    1",
        "false, 100000, INITIAL,        1, 31, 0, LOWER,   0.5",
        "false, 100000, RAISE,          2, 30, 9, LOWER,   0.8",
        "false, 100000, INITIAL,        1, 3,  0, LOWER,   0.8",
        "false, 100000, INITIAL,        0, 0,  5, RAISE,   1.2",
        "false, 0,      CREDIT_REQUEST, 0, 0,  5, RAISE,   1.2",
        "false, 100000, INITIAL,        0, 0,  4, KEEP,    1"})
    void creditLimit(boolean escalated, double limit, String lastRule, int late, int maxDaysLate, int onTime, String action,
                     double factor) {
        DmnDecisionRuleResult r = DMN.evaluateDecisionTable(LIMIT, Variables.createVariables()
                .putValue("escalated", escalated).putValue("currentLimit", limit).putValue("lastChangeRule", lastRule)
                .putValue("lateSinceChange", late).putValue("maxDaysLateSinceChange", maxDaysLate)
                .putValue("onTimeSinceChange", onTime)).getSingleResult();
        assertThat((String) r.getEntry("limitAction")).isEqualTo(action);
        assertThat(((Number) r.getEntry("limitFactor")).doubleValue()).isEqualTo(factor);
        assertThat((String) r.getEntry("limitReason")).isNotBlank();
    }
}
