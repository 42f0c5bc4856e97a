-- The job executor acquires by due date (jobExecutorAcquireByDueDate, ensureJobDueDateNotNull in application.yml):
-- its query then reads "due date <= now order by due date", which this index answers without scanning every
-- waiting timer (on a book of 100 000 cases most jobs are timers due weeks ahead).
create index if not exists act_idx_job_duedate on act_ru_job (duedate_);

-- Jobs created before due dates became mandatory have none; the acquisition no longer looks for null ones.
update act_ru_job set duedate_ = now() where duedate_ is null;
