package dev.inkasso.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * What a person may write through a user task: exactly the input fields of the task's Camunda Form — never a
 * display field ({@code view*}, disabled), never a variable the process owns ({@code caseId}, the strategy,
 * timeline dates). A task without a form accepts no variables. Checked before the engine runs the command, for
 * every client (Tasklist, engine REST, Java), so a refused call writes nothing.
 *
 * <p>The allowed names are read once per process definition and task from the form deployed with that
 * definition (forms bind by deployment), so a new form version with a new field is honoured by the process
 * version deployed with it.
 */
final class TaskInputGuard {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "select", "radio",
            "checkbox", "checklist", "taglist", "datetime");

    private final ConcurrentMap<String, Set<String>> accepted = new ConcurrentHashMap<>();
    private TaskService tasks;
    private FormService forms;

    void bind(TaskService tasks, FormService forms) {
        this.tasks = tasks;
        this.forms = forms;
    }

    /** Refuses the first name the task does not accept; does nothing for a task the caller cannot see. */
    void check(String taskId, Collection<String> names) {
        if (names == null || names.isEmpty() || taskId == null) {
            return;
        }
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return; // the engine itself answers "no such task" or "not authorized"
        }
        Set<String> allowed = accepted.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                key -> inputFieldsOf(taskId));
        for (String name : new TreeSet<>(names)) {
            if (!allowed.contains(name)) {
                throw new RefusedInput(name, name + ": not an input of the task «" + task.getName() + "»"
                        + (allowed.isEmpty() ? " (it accepts no variables)" : " (it accepts " + String.join(", ", new TreeSet<>(allowed)) + ")"));
            }
        }
    }

    private Set<String> inputFieldsOf(String taskId) {
        Set<String> fields = new TreeSet<>();
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
            collect(JSON.readTree(form), fields);
        } catch (BadUserRequestException noForm) {
            return Set.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(fields);
    }

    private static void collect(JsonNode node, Set<String> fields) {
        for (JsonNode component : node.path("components")) {
            boolean input = INPUT_TYPES.contains(component.path("type").asText())
                    && component.hasNonNull("key")
                    && !component.path("disabled").asBoolean(false)
                    && !component.path("readonly").asBoolean(false);
            if (input) {
                fields.add(component.get("key").asText());
            }
            collect(component, fields);
        }
    }
}
