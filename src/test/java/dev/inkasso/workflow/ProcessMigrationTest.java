package dev.inkasso.workflow;

import static dev.inkasso.workflow.DebtCaseProcess.Elements.TASK_DECIDE_STRATEGY_AT_DUE;
import static dev.inkasso.workflow.DebtCaseProcess.Elements.TIMER_DUE_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import dev.inkasso.support.ProcessDriver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** A changed debt-case model is deployed; the cases running on the previous version move to it, where they stood. */
class ProcessMigrationTest extends IntegrationTest {
    @Autowired
    ProcessDriver driver;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ProcessDeployment deployment;
    @Autowired
    ProcessMigration migration;

    @Test
    void runningCasesMoveToTheNewVersionAndKeepTheirTimers() throws IOException {
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("MIGR"), "10000.00", LocalDate.of(2026, 1, 10)));
        BpmnAwareTests.assertThat(driver.instance(r)).isWaitingAt(TIMER_DUE_DATE);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(r.processInstanceId()).timers().singleResult();
        String before = driver.instance(r).getProcessDefinitionId();

        String changed = new ClassPathResource("bpmn/debt-case.bpmn").getContentAsString(StandardCharsets.UTF_8)
                .replace("name=\"Срок оплаты истёк\"", "name=\"Срок оплаты по счёту истёк\"");
        assertThat(deployment.deployBundle(engine.getRepositoryService(), "debt-case.bpmn", changed)).isOne();
        ProcessDefinition latest = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(DebtCaseProcess.KEY).latestVersion().singleResult();
        assertThat(deployment.deployBundle(engine.getRepositoryService(), "debt-case.bpmn", changed))
                .as("an unchanged bundle is not deployed again").isZero();

        runToCompletion(migration.migrateRunningInstances(engine));

        assertThat(driver.instance(r).getProcessDefinitionId()).isNotEqualTo(before).isEqualTo(latest.getId());
        Job migrated = engine.getManagementService().createJobQuery().processInstanceId(r.processInstanceId()).timers().singleResult();
        assertThat(migrated.getDuedate()).isEqualTo(timer.getDuedate());
        driver.fireTimer(r, TIMER_DUE_DATE);
        BpmnAwareTests.assertThat(driver.instance(r)).hasPassed(TASK_DECIDE_STRATEGY_AT_DUE);
    }

    private void runToCompletion(List<Batch> batches) {
        var management = engine.getManagementService();
        assertThat(batches).isNotEmpty();
        for (Batch batch : batches) {
            for (int round = 0; round < 20 && management.createBatchQuery().batchId(batch.getId()).count() > 0; round++) {
                for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                        batch.getMonitorJobDefinitionId())) {
                    management.createJobQuery().jobDefinitionId(definition).list()
                            .forEach(job -> management.executeJob(job.getId()));
                }
            }
        }
    }
}
