package dev.inkasso.workflow;

/**
 * One lock order for every write to a case: first the case's own row, then the engine's rows. Requests take it
 * first thing in their transaction; the engine takes it first thing in every job and task completion of the
 * case's process tree ({@code workflow.engine}). Two writers of one case therefore queue instead of deadlocking
 * (the engine and the domain used to update {@code debt_case} and the engine tables in opposite orders).
 */
public interface CaseLock {
    /** Locks the case row until the current transaction ends; a case that does not exist is not an error. */
    void lockCase(long caseId);

    /**
     * Locks the case of a job's process tree (the {@code caseId} of its root instance) before the engine reads the job
     * or its executions; a job of no case locks nothing.
     */
    void lockCaseOfJob(String jobId);
}
