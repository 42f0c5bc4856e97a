package dev.inkasso.workflow.engine;

import dev.inkasso.workflow.CaseLock;
import dev.inkasso.workflow.DebtCaseProcess;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a task command (completion, form submission, variable change) in a transaction that first locks the
 * task's case ({@link CaseLock}), so an officer's completion and a payment, a hold or a job on the same case
 * queue instead of deadlocking. A command that still loses an optimistic-locking race (the engine changed the
 * case's executions in between) runs again from scratch a few times; the last failure reaches the caller,
 * which the REST API answers with 409.
 */
final class TaskCaseLock {
    private static final int ATTEMPTS = 4;

    private final ObjectProvider<CaseLock> lock;
    private final ObjectProvider<PlatformTransactionManager> transactions;
    private TaskService tasks;

    TaskCaseLock(ObjectProvider<CaseLock> lock, ObjectProvider<PlatformTransactionManager> transactions) {
        this.lock = lock;
        this.transactions = transactions;
    }

    /** The service that finds a task's case (its {@code caseId} variable), in its own short read. */
    void bind(TaskService tasks) {
        this.tasks = tasks;
    }

    /** Runs {@code command}, the engine call on task {@code taskId}, with the task's case locked first. */
    <T> T call(String taskId, Supplier<T> command) {
        Object caseId = caseIdOf(taskId);
        if (!(caseId instanceof Number id)) {
            return command.get();
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // part of a larger transaction (a delegate, a domain service): lock and go on; its owner retries
            lock.getObject().lockCase(id.longValue());
            return command.get();
        }
        TransactionTemplate transaction = new TransactionTemplate(transactions.getObject());
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    lock.getObject().lockCase(id.longValue());
                    return command.get();
                });
            } catch (OptimisticLockingException | ConcurrencyFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    void run(String taskId, Runnable command) {
        call(taskId, () -> {
            command.run();
            return null;
        });
    }

    private Object caseIdOf(String taskId) {
        try {
            return taskId == null ? null : tasks.getVariable(taskId, DebtCaseProcess.Vars.CASE_ID);
        } catch (ProcessEngineException e) {
            return null; // no such task: the command itself reports that
        }
    }
}
