package dev.inkasso.workflow.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's TaskService with every variable-writing call checked by the {@link TaskInputGuard} first, and run
 * with the task's case locked ({@link TaskCaseLock}).
 */
final class GuardedTaskService extends TaskServiceImpl {
    private final TaskInputGuard guard;
    private final TaskCaseLock lock;

    GuardedTaskService(TaskInputGuard guard, TaskCaseLock lock) {
        this.guard = guard;
        this.lock = lock;
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
        guard.check(taskId, keys(variables));
        lock.run(taskId, () -> super.complete(taskId, variables));
    }

    @Override
    public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables, boolean deserializeValues) {
        guard.check(taskId, keys(variables));
        return lock.call(taskId, () -> super.completeWithVariablesInReturn(taskId, variables, deserializeValues));
    }

    @Override
    public void resolveTask(String taskId, Map<String, Object> variables) {
        guard.check(taskId, keys(variables));
        lock.run(taskId, () -> super.resolveTask(taskId, variables));
    }

    @Override
    protected void setVariables(String taskId, Map<String, ?> variables, boolean local) {
        guard.check(taskId, keys(variables));
        lock.run(taskId, () -> super.setVariables(taskId, variables, local));
    }

    @Override
    public void setVariable(String taskId, String name, Object value) {
        guard.check(taskId, List.of(name));
        lock.run(taskId, () -> super.setVariable(taskId, name, value));
    }

    @Override
    public void setVariableLocal(String taskId, String name, Object value) {
        guard.check(taskId, List.of(name));
        lock.run(taskId, () -> super.setVariableLocal(taskId, name, value));
    }

    @Override
    protected void updateVariables(String taskId, Map<String, ?> modifications, Collection<String> deletions, boolean local) {
        guard.check(taskId, keys(modifications));
        guard.check(taskId, deletions);
        lock.run(taskId, () -> super.updateVariables(taskId, modifications, deletions, local));
    }

    @Override
    public void removeVariable(String taskId, String name) {
        guard.check(taskId, List.of(name));
        lock.run(taskId, () -> super.removeVariable(taskId, name));
    }

    @Override
    public void removeVariableLocal(String taskId, String name) {
        guard.check(taskId, List.of(name));
        lock.run(taskId, () -> super.removeVariableLocal(taskId, name));
    }

    @Override
    public void removeVariables(String taskId, Collection<String> names) {
        guard.check(taskId, names);
        lock.run(taskId, () -> super.removeVariables(taskId, names));
    }

    @Override
    public void removeVariablesLocal(String taskId, Collection<String> names) {
        guard.check(taskId, names);
        lock.run(taskId, () -> super.removeVariablesLocal(taskId, names));
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
        guard.check(taskId, keys(variables));
        lock.run(taskId, () -> super.handleBpmnError(taskId, errorCode, errorMessage, variables));
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
        guard.check(taskId, keys(variables));
        lock.run(taskId, () -> super.handleEscalation(taskId, escalationCode, variables));
    }

    private static Collection<String> keys(Map<String, ?> variables) {
        return variables == null ? List.of() : variables.keySet();
    }
}
