package dev.inkasso.workflow.engine;

import dev.inkasso.workflow.CaseLock;
import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Locks a job's case ({@link CaseLock}) as the job's command begins, inside its transaction and before the engine
 * reads the job, its execution or its variables. The job handlers lock the case too ({@link CaseLockingJobHandlers}),
 * but only once the engine has read the execution: a payment that committed while the job waited for that lock left
 * it acting on the execution as it was before, and its flush failed with an optimistic-locking conflict — the job
 * marked failed and retried a minute later ({@code failedJobRetryTimeCycle}). Locked here, the job reads what the
 * payment committed. The handlers' lock stays for a job whose root instance carries no {@code caseId} (it finds the
 * case through the execution's scopes); for every other job it finds the case held and costs nothing more.
 */
final class JobCaseFirst extends CommandInterceptor {
    /** The engine's command keeps its job id to itself. */
    private static final Field JOB_ID = jobIdField();

    private final ObjectProvider<CaseLock> lock;

    JobCaseFirst(ObjectProvider<CaseLock> lock) {
        this.lock = lock;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof ExecuteJobsCmd) {
            lock.getObject().lockCaseOfJob(jobId(command));
        }
        return next.execute(command);
    }

    private static String jobId(Command<?> command) {
        try {
            return (String) JOB_ID.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field jobIdField() {
        try {
            Field field = ExecuteJobsCmd.class.getDeclaredField("jobId");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("ExecuteJobsCmd has no jobId: check JobCaseFirst against this engine version", e);
        }
    }
}
