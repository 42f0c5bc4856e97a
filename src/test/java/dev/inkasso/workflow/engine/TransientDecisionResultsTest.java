package dev.inkasso.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.support.IntegrationTest;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A business rule task's transient result is kept as it is; every other value is serialized as before. */
class TransientDecisionResultsTest extends IntegrationTest {
    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    void theTransientDecisionResultIsKeptAsItIs() {
        DmnDecisionResult result = strategyFor("ORGANIZATION", 10_000.0);

        assertThat(serializerOf(Variables.untypedValue(result, true)).getName()).isEqualTo(TransientDecisionResults.NAME);
    }

    @Test
    void everythingElseIsSerializedAsBefore() {
        DmnDecisionResult result = strategyFor("INDIVIDUAL", 500.0);

        assertThat(serializerOf(Variables.untypedValue(result, false)).getSerializationDataformat())
                .as("a stored decision result is JSON").isEqualTo(engine.getDefaultSerializationFormat())
                .isEqualTo(serializerOf(Variables.untypedValue(Map.of("strategy", "SOFT"), true)).getSerializationDataformat());
        assertThat(serializerOf(Variables.untypedValue(result, false)).getName()).isNotEqualTo(TransientDecisionResults.NAME);
        assertThat(serializerOf(Variables.untypedValue(Map.of("strategy", "SOFT"), true)).getName())
                .as("another transient object").isNotEqualTo(TransientDecisionResults.NAME);
        assertThat(serializerOf(Variables.untypedValue("SOFT", true)).getName()).isEqualTo("string");
    }

    private TypedValueSerializer<?> serializerOf(TypedValue value) {
        return engine.getCommandExecutorTxRequired()
                .execute(context -> engine.getVariableSerializers().findSerializerForValue(value));
    }

    private DmnDecisionResult strategyFor(String debtorType, double outstanding) {
        return engine.getDecisionService().evaluateDecisionByKey("collection-strategy").variables(Variables.createVariables()
                .putValue("debtorType", debtorType).putValue("outstanding", outstanding).putValue("daysOverdue", 10L)
                .putValue("relationship", "NEW").putValue("latePayments", 0L).putValue("brokenPromises", 0L)
                .putValue("disputed", false)).evaluate();
    }
}
