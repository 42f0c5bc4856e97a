package dev.inkasso.bench;

import dev.inkasso.workflow.engine.ParsedOnceFeelEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The collection-strategy table (evaluated as every case opens, at its due date and when negotiation fails) on
 * Camunda's FEEL engine and on {@link ParsedOnceFeelEngine}, one thread, the two interleaved round by round so that
 * a busy neighbour slows both alike: prints microseconds per evaluation and their ratio. No Spring, no database.
 */
@Tag("benchmark")
class DecisionBenchmark {
    private static final int ROUNDS = 7;
    private static final int EVALUATIONS = 20_000;

    @Test
    void theStrategyTableOnBothFeelEngines() {
        DmnEngine camundas = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        DmnEngine parsedOnce = ParsedOnceFeelEngine.dmnEngine();
        DmnDecision onCamundas = parse(camundas);
        DmnDecision onParsedOnce = parse(parsedOnce);
        List<VariableMap> segments = List.of(
                segment("ORGANIZATION", 50_000.0, "LONG_TERM_PARTNER", 0L, 0L, false),
                segment("SOLE_PROPRIETOR", 600_000.0, "ONE_OFF", 0L, 0L, false),
                segment("INDIVIDUAL", 20_000.0, "NEW", 3L, 0L, false),
                segment("ORGANIZATION", 999_999.0, "NEW", 0L, 0L, false));
        List<Double> before = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            before.add(microsPerEvaluation(camundas, onCamundas, segments));
            after.add(microsPerEvaluation(parsedOnce, onParsedOnce, segments));
        }
        // the first rounds warm the JIT up: the median of the last five
        double camundaMedian = median(before.subList(2, ROUNDS));
        double parsedOnceMedian = median(after.subList(2, ROUNDS));
        System.out.println(String.format(Locale.ROOT,
                "BENCH decision: collection-strategy table, Camunda's FEEL %.1f µs, parsed once %.1f µs per evaluation: %.1fx faster",
                camundaMedian, parsedOnceMedian, camundaMedian / parsedOnceMedian));
    }

    private static double microsPerEvaluation(DmnEngine dmn, DmnDecision table, List<VariableMap> segments) {
        long start = System.nanoTime();
        int strategies = 0;
        for (int i = 0; i < EVALUATIONS; i++) {
            strategies += dmn.evaluateDecisionTable(table, segments.get(i % segments.size())).getFirstResult().size();
        }
        if (strategies == 0) {
            throw new IllegalStateException("the table answered nothing");
        }
        return (System.nanoTime() - start) / 1e3 / EVALUATIONS;
    }

    private static VariableMap segment(String type, double outstanding, String relationship, long late, long broken, boolean disputed) {
        return Variables.createVariables().putValue("debtorType", type).putValue("outstanding", outstanding)
                .putValue("daysOverdue", 10L).putValue("relationship", relationship).putValue("latePayments", late)
                .putValue("brokenPromises", broken).putValue("disputed", disputed);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static DmnDecision parse(DmnEngine dmn) {
        try (InputStream in = new ClassPathResource("bpmn/collection-strategy.dmn").getInputStream()) {
            return dmn.parseDecision("collection-strategy", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
