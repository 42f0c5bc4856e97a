package dev.inkasso.workflow.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task's input refused on the server: the variable is missing, malformed, or not one the task accepts. The
 * engine REST API answers 400 for it (naming the variable, see {@link RefusedTaskInputMapper}) and rolls the
 * completion back, so the task stays open and nothing is written. Features throw this type; only this
 * package touches the engine's internal exception it extends.
 */
public class RefusedInput extends FormFieldValidationException {
    private final String variable;

    public RefusedInput(String variable, String message) {
        super(variable, message);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
