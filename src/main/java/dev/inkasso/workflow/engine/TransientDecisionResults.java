package dev.inkasso.workflow.engine;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Keeps the transient {@code decisionResult} that every business rule task sets as it is, instead of serializing it.
 *
 * <p>Camunda 7.24 gives a business rule task's whole decision result to its execution as a transient variable
 * ({@code DecisionEvaluationUtil}), and builds a variable instance for it like for any other: the value is written to
 * JSON by Spin although a transient variable is never stored (camunda/camunda-bpm-platform#1815, not merged). On a
 * case's first job that serialization was 3.3 % of the samples (bench/RESULTS.md). This serializer takes exactly that
 * value — transient, a {@link DmnDecisionResult} — and keeps only the object; everything else goes to the engine's
 * serializers as before. Nothing it handles reaches the database, so it has nothing to read back.
 */
final class TransientDecisionResults implements TypedValueSerializer<ObjectValue> {
    static final String NAME = "inkasso-transient-decision-result";
    private final String defaultSerializationFormat;

    /**
     * @param defaultSerializationFormat the engine's: where several serializers can take a value the engine picks the
     *     first whose format is the default, so this one (registered first) must claim it to be chosen
     */
    TransientDecisionResults(String defaultSerializationFormat) {
        this.defaultSerializationFormat = defaultSerializationFormat;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public ValueType getType() {
        return ValueType.OBJECT;
    }

    @Override
    public boolean canHandle(TypedValue value) {
        return value.isTransient() && value.getValue() instanceof DmnDecisionResult;
    }

    @Override
    public ObjectValue convertToTypedValue(UntypedValueImpl untypedValue) {
        return Variables.objectValue(untypedValue.getValue(), true).create();
    }

    @Override
    public void writeValue(ObjectValue value, ValueFields valueFields) {
        // transient: the value lives in the variable instance's cache for this command only
    }

    @Override
    public ObjectValue readValue(ValueFields valueFields, boolean deserializeValue, boolean asTransientValue) {
        throw new IllegalStateException("A transient decision result is never stored, so it cannot be read: "
                + valueFields.getName());
    }

    @Override
    public String getSerializationDataformat() {
        return defaultSerializationFormat;
    }

    @Override
    public boolean isMutableValue(ObjectValue typedValue) {
        return false;
    }
}
