package dev.inkasso.workflow.engine;

import dev.inkasso.audit.AuditLog;
import dev.inkasso.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;

/** Every user task of every model, when completed, leaves an audit event: who, which task, which case. */
final class TaskCompletionAudit extends AbstractBpmnParseListener {
    private final TaskListener onComplete;

    TaskCompletionAudit(ObjectProvider<AuditLog> audit) {
        this.onComplete = (DelegateTask task) -> audit.getObject().record(ProcessVariables.actor(task), "TASK_COMPLETED",
                task.getProcessDefinitionId().split(":")[0] + "/" + task.getTaskDefinitionKey(),
                "case " + task.getVariable("caseId") + ": " + task.getName());
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
            userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, onComplete);
        }
    }
}
