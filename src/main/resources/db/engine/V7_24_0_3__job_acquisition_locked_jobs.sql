-- Every job acquisition asks, for each candidate, whether another exclusive job of its process instance is locked
-- (Camunda's Job.xml, AtomicExclusiveJobs: "not exists ... J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= now").
-- PostgreSQL answers that with a hashed subplan over every locked job, and without an index to find them it scans the
-- whole ACT_RU_JOB for each acquisition: 61 ms at 120 000 jobs (100 000 waiting timers), growing with the book. Only
-- jobs being executed carry a lock owner, so this partial index holds a few dozen entries: the same acquisition then
-- takes 0.4 ms (EXPLAIN ANALYZE in bench/RESULTS.md).
create index if not exists act_idx_job_locked on act_ru_job (process_instance_id_) where lock_owner_ is not null;
