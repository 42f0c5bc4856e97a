package dev.inkasso.workflow.engine;

import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/** The engine's FormService (Tasklist submits forms through it) with task form submissions checked and
 * run with the task's case locked first. */
final class GuardedFormService extends FormServiceImpl {
    private final TaskInputGuard guard;
    private final TaskCaseLock lock;

    GuardedFormService(TaskInputGuard guard, TaskCaseLock lock) {
        this.guard = guard;
        this.lock = lock;
    }

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
        guard.check(taskId, properties == null ? null : properties.keySet());
        lock.run(taskId, () -> super.submitTaskForm(taskId, properties));
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties, boolean deserializeValues) {
        guard.check(taskId, properties == null ? null : properties.keySet());
        return lock.call(taskId, () -> super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues));
    }
}
