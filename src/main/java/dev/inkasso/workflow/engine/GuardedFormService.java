package dev.inkasso.workflow.engine;

import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/** The engine's FormService (Tasklist submits forms through it) with task form submissions checked first. */
final class GuardedFormService extends FormServiceImpl {
    private final TaskInputGuard guard;

    GuardedFormService(TaskInputGuard guard) {
        this.guard = guard;
    }

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
        guard.check(taskId, properties == null ? null : properties.keySet());
        super.submitTaskForm(taskId, properties);
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties, boolean deserializeValues) {
        guard.check(taskId, properties == null ? null : properties.keySet());
        return super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues);
    }
}
