package dev.inkasso.workflow.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task's input refused on the server: the variable is missing, malformed, or not one the task accepts. The
 * engine REST API answers 400 for it (naming the variable, see {@link RefusedTaskInputMapper}) and rolls the
 * completion back, so the task stays open and nothing is written. Features throw this type; only this
 * package touches the engine's internal exception it extends.
 */
public class RefusedInput extends FormFieldValidationException {
    private final java.util.Map<String, String> problems;

    public RefusedInput(String variable, String message) {
        this(java.util.Map.of(variable, message));
    }

    /** Every refused variable with what is wrong with it, in the order found. */
    public RefusedInput(java.util.Map<String, String> problems) {
        super(problems.keySet().iterator().next(), problems.entrySet().stream()
                .map(p -> p.getKey() + ": " + p.getValue()).collect(java.util.stream.Collectors.joining("; ")));
        this.problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
    }

    public String variable() {
        return problems.keySet().iterator().next();
    }

    public java.util.Map<String, String> problems() {
        return problems;
    }
}
