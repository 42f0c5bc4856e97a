package dev.inkasso.workflow.engine;

import dev.inkasso.workflow.CaseLock;
import dev.inkasso.workflow.DebtCaseProcess;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.AsyncContinuationJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.AsyncContinuationJobHandler.AsyncContinuationConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.ProcessEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.ProcessEventJobHandler.EventSubscriptionJobConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.TimerCatchIntermediateEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler.TimerJobConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.TimerExecuteNestedActivityJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerStartEventSubprocessJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The engine's job handlers for process work (async continuations, timers, event jobs), each locking the job's
 * case ({@link CaseLock}) before it runs, so a job and a request on the same case queue in one lock order. They
 * subclass the engine's own handlers (the engine checks {@code instanceof TimerEventJobHandler} for repeating
 * timers) and are registered as custom handlers under the same types, which replaces the defaults.
 */
final class CaseLockingJobHandlers {
    private CaseLockingJobHandlers() {
    }

    @SuppressWarnings("rawtypes")
    static List<JobHandler> all(ObjectProvider<CaseLock> lock) {
        JobCaseLock jobLock = new JobCaseLock(lock);
        return List.of(new AsyncContinuation(jobLock), new IntermediateTimer(jobLock), new BoundaryTimer(jobLock),
                new EventSubprocessTimer(jobLock), new TaskListenerTimer(jobLock), new ProcessEvent(jobLock));
    }

    /** Finds the case of the job's execution (the {@code caseId} variable of its process) and locks it. */
    record JobCaseLock(ObjectProvider<CaseLock> lock) {
        void before(ExecutionEntity execution) {
            Object caseId = execution == null ? null : execution.getVariable(DebtCaseProcess.Vars.CASE_ID);
            if (caseId instanceof Number id) {
                lock.getObject().lockCase(id.longValue());
            }
        }
    }

    static final class AsyncContinuation extends AsyncContinuationJobHandler {
        private final JobCaseLock lock;

        AsyncContinuation(JobCaseLock lock) {
            this.lock = lock;
        }

        @Override
        public void execute(AsyncContinuationConfiguration configuration, ExecutionEntity execution, CommandContext context, String tenantId) {
            lock.before(execution);
            super.execute(configuration, execution, context, tenantId);
        }
    }

    static final class IntermediateTimer extends TimerCatchIntermediateEventJobHandler {
        private final JobCaseLock lock;

        IntermediateTimer(JobCaseLock lock) {
            this.lock = lock;
        }

        @Override
        public void execute(TimerJobConfiguration configuration, ExecutionEntity execution, CommandContext context, String tenantId) {
            lock.before(execution);
            super.execute(configuration, execution, context, tenantId);
        }
    }

    static final class BoundaryTimer extends TimerExecuteNestedActivityJobHandler {
        private final JobCaseLock lock;

        BoundaryTimer(JobCaseLock lock) {
            this.lock = lock;
        }

        @Override
        public void execute(TimerJobConfiguration configuration, ExecutionEntity execution, CommandContext context, String tenantId) {
            lock.before(execution);
            super.execute(configuration, execution, context, tenantId);
        }
    }

    static final class EventSubprocessTimer extends TimerStartEventSubprocessJobHandler {
        private final JobCaseLock lock;

        EventSubprocessTimer(JobCaseLock lock) {
            this.lock = lock;
        }

        @Override
        public void execute(TimerJobConfiguration configuration, ExecutionEntity execution, CommandContext context, String tenantId) {
            lock.before(execution);
            super.execute(configuration, execution, context, tenantId);
        }
    }

    static final class TaskListenerTimer extends TimerTaskListenerJobHandler {
        private final JobCaseLock lock;

        TaskListenerTimer(JobCaseLock lock) {
            this.lock = lock;
        }

        @Override
        public void execute(TimerJobConfiguration configuration, ExecutionEntity execution, CommandContext context, String tenantId) {
            lock.before(execution);
            super.execute(configuration, execution, context, tenantId);
        }
    }

    static final class ProcessEvent extends ProcessEventJobHandler {
        private final JobCaseLock lock;

        ProcessEvent(JobCaseLock lock) {
            this.lock = lock;
        }

        @Override
        public void execute(EventSubscriptionJobConfiguration configuration, ExecutionEntity execution, CommandContext context, String tenantId) {
            lock.before(execution);
            super.execute(configuration, execution, context, tenantId);
        }
    }
}
