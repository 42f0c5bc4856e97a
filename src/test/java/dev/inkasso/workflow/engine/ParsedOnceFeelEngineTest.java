package dev.inkasso.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkasso.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** FEEL parsed once gives Camunda's answers, parses each expression once, and is the engine's FEEL. */
class ParsedOnceFeelEngineTest extends IntegrationTest {
    private final ScalaFeelEngine camundas = new ScalaFeelEngine(List.of());
    private final ParsedOnceFeelEngine parsedOnce = new ParsedOnceFeelEngine(List.of());

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource(delimiter = '|', value = {
        "< 500000              | 499999.99",
        "< 500000              | 500000",
        "[1..3]                | 3",
        "> 2                   | 1",
        "\"ONE_OFF\",\"NEW\"   | NEW",
        "\"ONE_OFF\",\"NEW\"   | LONG_TERM_PARTNER",
        "not(\"NEW\")          | NEW",
        "-                     | anything",
        "true                  | true",
        "true                  | false"})
    void unaryTestsAnswerAsCamundasDoOnEveryInput(String tests, String input) {
        for (int round = 0; round < 2; round++) {
            VariableMap variables = Variables.createVariables().putValue("cellInput", typed(input));
            assertThat(parsedOnce.evaluateSimpleUnaryTests(tests.trim(), "cellInput", variables.asVariableContext()))
                    .as("round %d", round)
                    .isEqualTo(camundas.evaluateSimpleUnaryTests(tests.trim(), "cellInput", variables.asVariableContext()));
        }
    }

    @Test
    void expressionsSeeEachCallsVariables() {
        String expression = "if outstanding >= 1000000 then \"large\" else string(daysOverdue)";
        for (Object[] input : new Object[][] {{1_500_000.0, 3L}, {20_000.0, 45L}, {999_999.99, 0L}}) {
            VariableMap variables = Variables.createVariables().putValue("outstanding", input[0]).putValue("daysOverdue", input[1]);
            Object expected = camundas.evaluateSimpleExpression(expression, variables.asVariableContext());
            assertThat((Object) parsedOnce.evaluateSimpleExpression(expression, variables.asVariableContext())).isEqualTo(expected);
        }
        VariableMap dated = Variables.createVariables().putValue("dueDate", LocalDate.of(2026, 3, 5));
        assertThat((Object) parsedOnce.evaluateSimpleExpression("dueDate + duration(\"P10D\")", dated.asVariableContext()))
                .isEqualTo(camundas.evaluateSimpleExpression("dueDate + duration(\"P10D\")", dated.asVariableContext()));
        assertThat(parsedOnce.parsedExpressions()).isEqualTo(2);
    }

    @Test
    void whatDoesNotParseFailsWithCamundasMessageEveryTime() {
        VariableMap variables = Variables.createVariables().putValue("cellInput", 5);
        String camundaMessage = failure(() -> camundas.evaluateSimpleUnaryTests("< (", "cellInput", variables.asVariableContext()));
        for (int round = 0; round < 2; round++) {
            assertThat(failure(() -> parsedOnce.evaluateSimpleUnaryTests("< (", "cellInput", variables.asVariableContext())))
                    .isEqualTo(camundaMessage).contains("failed to parse expression");
        }
        // external functions stay refused, as in Camunda's configuration
        assertThatThrownBy(() -> parsedOnce.evaluateSimpleExpression(
                "function() external {java:{class:\"java.lang.System\",method signature:\"exit(int)\"}}",
                Variables.createVariables().asVariableContext())).isInstanceOf(FeelException.class);
    }

    @Test
    void aTableEvaluatedAgainParsesNothing() {
        DmnEngine dmn = ParsedOnceFeelEngine.dmnEngine();
        DmnDecision strategy = parse(dmn, "collection-strategy");
        ParsedOnceFeelEngine feel = (ParsedOnceFeelEngine) ((DefaultDmnEngineConfiguration) dmn.getConfiguration()).getFeelEngine();
        List<VariableMap> segments = List.of(segment("ORGANIZATION", 50_000.0, "LONG_TERM_PARTNER", 0L),
                segment("SOLE_PROPRIETOR", 600_000.0, "ONE_OFF", 0L), segment("INDIVIDUAL", 20_000.0, "NEW", 3L));

        List<Object> first = segments.stream().map(s -> dmn.evaluateDecisionTable(strategy, s).getFirstResult().getEntry("strategy")).toList();
        long parsedInFirstRound = feel.parsedExpressions();
        List<Object> again = segments.stream().map(s -> dmn.evaluateDecisionTable(strategy, s).getFirstResult().getEntry("strategy")).toList();

        assertThat(parsedInFirstRound).isPositive();
        assertThat(feel.parsedExpressions()).isEqualTo(parsedInFirstRound);
        DmnEngine camundasDmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        DmnDecision camundasStrategy = parse(camundasDmn, "collection-strategy");
        assertThat(again).isEqualTo(first).isEqualTo(segments.stream()
                .map(s -> camundasDmn.evaluateDecisionTable(camundasStrategy, s).getFirstResult().getEntry("strategy")).toList());
    }

    @Test
    void theProcessEnginesTablesUseIt() {
        assertThat(engine.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(ParsedOnceFeelEngine.class);
    }

    private static VariableMap segment(String type, double outstanding, String relationship, long latePayments) {
        return Variables.createVariables().putValue("debtorType", type).putValue("outstanding", outstanding)
                .putValue("daysOverdue", 10L).putValue("relationship", relationship).putValue("latePayments", latePayments)
                .putValue("brokenPromises", 0L).putValue("disputed", false);
    }

    private static Object typed(String input) {
        String value = input.trim();
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        return value.matches("-?\\d+(\\.\\d+)?") ? (Object) Double.valueOf(value) : value;
    }

    private static String failure(Runnable evaluation) {
        try {
            evaluation.run();
        } catch (FeelException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a FEEL failure");
    }

    private static DmnDecision parse(DmnEngine dmn, String key) {
        try (InputStream in = new ClassPathResource("bpmn/" + key + ".dmn").getInputStream()) {
            return dmn.parseDecision(key, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
