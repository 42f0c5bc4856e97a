package dev.inkasso.workflow.engine;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A running process instance read by its id as the engine loads an execution for a command: one static statement.
 * The process-instance query builds its SQL through MyBatis' dynamic SQL (OGNL over every criterion of the query),
 * which was most of that lookup and an eighth of a payment request (bench/RESULTS.md).
 */
public final class ProcessInstances {
    private final CommandExecutor engine;

    public ProcessInstances(RuntimeService runtime) {
        this.engine = ((ServiceImpl) runtime).getCommandExecutor();
    }

    /** The instance with this id while it runs (with its suspension state), empty once it has ended. */
    public Optional<ProcessInstance> running(String id) {
        Command<ExecutionEntity> byId = context -> context.getExecutionManager().findExecutionById(id);
        return Optional.ofNullable(engine.execute(byId)).filter(ExecutionEntity::isProcessInstanceExecution)
                .map(ProcessInstance.class::cast);
    }
}
