package dev.inkasso.workflow.engine;

import dev.inkasso.workflow.DebtCaseProcess;
import dev.inkasso.workflow.TaskTitle;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Every user task of a case is named after what it is about — «Провести переговоры с должником: ООО «Ромашка»,
 * 150 000,00 ₽, 35 дн.» — and, unless its model set one, carries the strategy's task priority, so Tasklist can be
 * read and sorted without opening a task.
 */
final class TaskNaming extends AbstractBpmnParseListener {
    /** The engine's column for a task name holds 255 characters. */
    static final int MAX_NAME = 255;
    private static final int ENGINE_DEFAULT_PRIORITY = 50;
    private final TaskListener onCreate;

    TaskNaming(ObjectProvider<TaskTitle> titles) {
        this.onCreate = (DelegateTask task) -> {
            if (!(task.getVariable(DebtCaseProcess.Vars.CASE_ID) instanceof Number caseId)) {
                return;
            }
            String about = titles.getObject().about(caseId.longValue());
            if (!about.isEmpty()) {
                task.setName(shortened(task.getName() + ": " + about));
            }
            if (task.getPriority() == ENGINE_DEFAULT_PRIORITY
                    && task.getVariable(DebtCaseProcess.Vars.TASK_PRIORITY) instanceof Number priority) {
                task.setPriority(priority.intValue());
            }
        };
    }

    static String shortened(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
            userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
        }
    }
}
