package dev.inkasso.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.jobexecutor.AsyncContinuationJobHandler;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanExecutionBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Cases run for months; models change. After every deployment, the running instances of each Inkasso process
 * on an older version are moved to the latest one (Camunda's migration API, as a batch the job executor runs):
 * activities with the same id map onto each other, timers and message subscriptions are kept, with their due
 * dates. A version whose plan does not validate (an activity that no longer exists) is left as it is, and the
 * log names it and why, so that an operator can write the mapping (see README, "Changing a model").
 */
@Component
public class ProcessMigration {
    /** Processes whose running instances follow the latest version; place-hold never waits, so it has none. */
    public static final List<String> MIGRATED = List.of(DebtCaseProcess.KEY, "installment-plan", "agency-placement",
            "pre-trial-claim", CourtProcess.KEY, EnforcementProcess.KEY);
    private static final Logger log = LoggerFactory.getLogger(ProcessMigration.class);
    private static final int PAGE = 10_000;

    private final int pageSize;

    public ProcessMigration() {
        this(PAGE);
    }

    /** {@code pageSize}: how many instances are read at a time when some of a version's instances must stay. */
    ProcessMigration(int pageSize) {
        this.pageSize = pageSize;
    }

    /** Starts one migration batch per older version that still has running instances; returns the batches. */
    public List<Batch> migrateRunningInstances(ProcessEngine engine) {
        RepositoryService repository = engine.getRepositoryService();
        RuntimeService runtime = engine.getRuntimeService();
        List<Batch> batches = new ArrayList<>();
        for (String key : MIGRATED) {
            ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
            if (latest == null) {
                continue;
            }
            for (ProcessDefinition older : repository.createProcessDefinitionQuery().processDefinitionKey(key).list()) {
                if (older.getVersion() >= latest.getVersion()
                        || runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).count() == 0) {
                    continue;
                }
                try {
                    MigrationPlan plan = runtime.createMigrationPlan(older.getId(), latest.getId())
                            .mapEqualActivities().updateEventTriggers().build();
                    Set<String> staying = waitingAtRemovedContinuations(engine.getManagementService(), older, latest);
                    MigrationPlanExecutionBuilder migration = runtime.newMigration(plan);
                    if (staying.isEmpty()) {
                        migration.processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(older.getId()));
                    } else {
                        List<String> moving = idsExcept(runtime.createProcessInstanceQuery().processDefinitionId(older.getId()), staying);
                        log.info("{} instances of {} v{} wait at an asynchronous step v{} does not have; they stay on their "
                                + "version until it has run", staying.size(), key, older.getVersion(), latest.getVersion());
                        if (moving.isEmpty()) {
                            continue;
                        }
                        migration.processInstanceIds(moving);
                    }
                    batches.add(migration.skipCustomListeners().skipIoMappings().executeAsync());
                    log.info("Migrating running instances of {} v{} to v{}", key, older.getVersion(), latest.getVersion());
                } catch (MigrationPlanValidationException e) {
                    log.warn("Instances of {} v{} stay on their version: {}", key, older.getVersion(), e.getMessage());
                }
            }
        }
        return batches;
    }

    /**
     * The ids of the query's instances but those given, read a page at a time in id order: at 10^5 instances of a
     * version, their entities at once would take a good part of the heap.
     */
    private List<String> idsExcept(ProcessInstanceQuery query, Set<String> except) {
        List<String> ids = new ArrayList<>();
        query.orderByProcessInstanceId().asc();
        for (int first = 0; ; first += pageSize) {
            List<ProcessInstance> page = query.listPage(first, pageSize);
            page.stream().map(ProcessInstance::getId).filter(id -> !except.contains(id)).forEach(ids::add);
            if (page.size() < pageSize) {
                return ids;
            }
        }
    }

    /**
     * Instances waiting at an asynchronous continuation (a save point before or after an activity) that the
     * target version does not have: the engine cannot move such a job, and one of them would fail the whole chunk
     * of the migration batch it sits in. They finish that step on their own version and move at the next start.
     */
    private static Set<String> waitingAtRemovedContinuations(ManagementService management, ProcessDefinition source,
                                                             ProcessDefinition target) {
        Set<String> targetContinuations = management.createJobDefinitionQuery().processDefinitionId(target.getId())
                .jobType(AsyncContinuationJobHandler.TYPE).list().stream().map(ProcessMigration::savePoint).collect(Collectors.toSet());
        Set<String> staying = new HashSet<>();
        for (JobDefinition definition : management.createJobDefinitionQuery().processDefinitionId(source.getId())
                .jobType(AsyncContinuationJobHandler.TYPE).list()) {
            if (!targetContinuations.contains(savePoint(definition))) {
                management.createJobQuery().jobDefinitionId(definition.getId()).list()
                        .forEach(job -> staying.add(job.getProcessInstanceId()));
            }
        }
        return staying;
    }

    /** A save point by where it is: its activity and whether it pauses before or after it. */
    private static String savePoint(JobDefinition continuation) {
        return continuation.getActivityId() + "/" + continuation.getJobConfiguration();
    }
}
