package dev.inkasso.workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import dev.inkasso.workflow.engine.ProcessInstances;
import org.springframework.stereotype.Component;

/**
 * A case's process and every process it called (installment plan, agency placement, pre-trial claim, court,
 * enforcement), treated as one. Camunda suspends only the instance it is told to — "suspending one process
 * instance from the hierarchy will not suspend other process instances from that hierarchy" — so a hold that
 * must pause the case walks the whole tree, now and after every step that may have called a new process.
 */
@Component
public class ProcessTree {
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final ProcessInstances instances;

    public ProcessTree(RuntimeService runtime, ManagementService management, TaskService tasks) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.instances = new ProcessInstances(runtime);
    }

    /** The root and all its descendants that still run, root first; empty when the root has ended. */
    public List<String> of(String rootId) {
        List<String> tree = new ArrayList<>();
        if (running(rootId).isEmpty()) {
            return tree;
        }
        tree.add(rootId);
        for (int i = 0; i < tree.size(); i++) {
            for (ProcessInstance child : runtime.createProcessInstanceQuery().superProcessInstanceId(tree.get(i)).list()) {
                tree.add(child.getId());
            }
        }
        return tree;
    }

    /**
     * The instance with this id while it runs (its suspension state read in the same statement), empty once it has
     * ended: every state this tree reads of an instance comes from here.
     */
    public Optional<ProcessInstance> running(String rootId) {
        return rootId == null ? Optional.empty() : instances.running(rootId);
    }

    public boolean isSuspended(String rootId) {
        return running(rootId).map(ProcessInstance::isSuspended).orElse(false);
    }

    /** Suspends every instance of the tree: no timer fires, no task can be worked, no job runs. */
    public void suspend(String rootId) {
        List<String> active = of(rootId).stream()
                .filter(id -> running(id).filter(instance -> !instance.isSuspended()).isPresent()).toList();
        if (!active.isEmpty()) {
            runtime.updateProcessInstanceSuspensionState().byProcessInstanceIds(active).suspend();
        }
    }

    /** Activates every suspended instance of the tree. */
    public void activate(String rootId) {
        List<String> suspended = of(rootId).stream().filter(this::isSuspended).toList();
        if (!suspended.isEmpty()) {
            runtime.updateProcessInstanceSuspensionState().byProcessInstanceIds(suspended).activate();
        }
    }

    /**
     * Moves every timer and every task due date of the tree later by {@code pause}, so that each wait resumes
     * where it stood when the tree was paused. Call it on an active tree.
     */
    public void shiftDeadlines(String rootId, Duration pause) {
        for (String id : of(rootId)) {
            for (Job timer : management.createJobQuery().processInstanceId(id).timers().list()) {
                management.setJobDuedate(timer.getId(), Date.from(timer.getDuedate().toInstant().plus(pause)));
            }
            for (Task task : tasks.createTaskQuery().processInstanceId(id).dueAfter(new Date(0)).list()) {
                task.setDueDate(Date.from(task.getDueDate().toInstant().plus(pause)));
                tasks.saveTask(task);
            }
        }
    }

    /**
     * Runs {@code action} (a payment's or a partner's message) with the tree active if it was suspended, then
     * suspends the tree again as it then stands — including a process the action made the case call.
     */
    public void withActive(String rootId, Runnable action) {
        withActive(rootId, isSuspended(rootId), action);
    }

    /** As {@link #withActive(String, Runnable)}, for a root whose state the caller has just read ({@link #running}). */
    public void withActive(ProcessInstance root, Runnable action) {
        withActive(root.getId(), root.isSuspended(), action);
    }

    private void withActive(String rootId, boolean suspended, Runnable action) {
        if (suspended) {
            activate(rootId);
        }
        action.run();
        if (suspended) {
            suspend(rootId);
        }
    }
}
