package dev.inkasso.demo;

import dev.inkasso.invoice.IntakeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Moves demo cases along their processes inside the demo's one transaction: the save points run at once (the job
 * executor sees nothing before the commit), tasks are completed as their users would, a deadline is let pass.
 */
@Component
class DemoProcesses {
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;

    DemoProcesses(RuntimeService runtime, ManagementService management, TaskService tasks) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
    }

    /** Runs every pending save point of the case's process tree until it waits for a timer, a message or a person. */
    void settle(IntakeResult r) {
        for (int round = 0; round < 30; round++) {
            List<Job> due = new ArrayList<>();
            for (String id : tree(r.processInstanceId())) {
                due.addAll(management.createJobQuery().processInstanceId(id).messages().list());
            }
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    /** Starts the case before {@code activityId}, as if the earlier steps had happened long ago. */
    void moveTo(IntakeResult r, String activityId, String... cancelled) {
        org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder modification =
                runtime.createProcessInstanceModification(r.processInstanceId()).startBeforeActivity(activityId);
        for (String activity : cancelled) {
            modification = modification.cancelAllForActivity(activity);
        }
        modification.execute();
        settle(r);
    }

    /** Completes the one open task in the case's tree as {@code user} would. */
    void complete(IntakeResult r, String user, Map<String, Object> variables) {
        Task task = openTask(r);
        tasks.claim(task.getId(), user);
        tasks.complete(task.getId(), variables);
        settle(r);
    }

    /** Lets a deadline of the tree pass (the demo's compressed periods would end within minutes anyway). */
    void deadlinePasses(IntakeResult r, String timerActivityId) {
        for (String id : tree(r.processInstanceId())) {
            Job timer = management.createJobQuery().processInstanceId(id).activityId(timerActivityId).singleResult();
            if (timer != null) {
                management.executeJob(timer.getId());
                settle(r);
                return;
            }
        }
        throw new IllegalStateException("No timer " + timerActivityId + " in case " + r.caseId());
    }

    Task openTask(IntakeResult r) {
        for (String id : tree(r.processInstanceId())) {
            Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
            if (task != null) {
                return task;
            }
        }
        throw new IllegalStateException("No open task in case " + r.caseId());
    }

    private List<String> tree(String rootId) {
        List<String> ids = new ArrayList<>(List.of(rootId));
        for (int i = 0; i < ids.size(); i++) {
            runtime.createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list().forEach(child -> ids.add(child.getId()));
        }
        return ids;
    }
}
