package dev.inkasso.workflow;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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

    /** Starts one migration batch per older version that still has running instances; returns the batches. */
    public List<Batch> migrateRunningInstances(ProcessEngine engine) {
        RepositoryService repository = engine.getRepositoryService();
        RuntimeService runtime = engine.getRuntimeService();
        List<Batch> batches = new java.util.ArrayList<>();
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
                    batches.add(runtime.newMigration(plan)
                            .processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(older.getId()))
                            .skipCustomListeners().skipIoMappings().executeAsync());
                    log.info("Migrating running instances of {} v{} to v{}", key, older.getVersion(), latest.getVersion());
                } catch (MigrationPlanValidationException e) {
                    log.warn("Instances of {} v{} stay on their version: {}", key, older.getVersion(), e.getMessage());
                }
            }
        }
        return batches;
    }
}
