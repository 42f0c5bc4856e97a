package dev.inkasso.workflow;

import static dev.inkasso.workflow.DebtCaseProcess.Elements.TASK_DECIDE_STRATEGY_AT_DUE;
import static dev.inkasso.workflow.DebtCaseProcess.Elements.TIMER_DUE_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.invoice.InvoiceIntake;
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
    @Autowired
    InvoiceIntake intake;

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

    @Test
    void aCaseWaitingAtAStepTheNewVersionDropsFinishesItOnItsVersionAndMovesAtTheNextStart() throws IOException {
        String current = new ClassPathResource("bpmn/debt-case.bpmn").getContentAsString(StandardCharsets.UTF_8);
        // the shape of debt-case up to 2.3.0: a save point after the start, the timeline planned in the first job
        String older = current.replace("<bpmn:startEvent id=\"Start_InvoiceIssued\" name=\"Счёт выставлен\" />",
                "<bpmn:startEvent id=\"Start_InvoiceIssued\" name=\"Счёт выставлен\" camunda:asyncAfter=\"true\" />")
                .replace("<bpmn:sequenceFlow id=\"Flow_StartToGateway\" sourceRef=\"Start_InvoiceIssued\" targetRef=\"Gateway_PreDueReminderPlanned\" />",
                        "<bpmn:sequenceFlow id=\"Flow_StartToGateway\" sourceRef=\"Start_InvoiceIssued\" targetRef=\"Task_PlanTimeline\" />"
                        + "<bpmn:serviceTask id=\"Task_PlanTimeline\" name=\"Рассчитать график напоминаний\" "
                        + "camunda:delegateExpression=\"${planCaseTimeline}\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_PlanToGateway\" sourceRef=\"Task_PlanTimeline\" targetRef=\"Gateway_PreDueReminderPlanned\" />");
        assertThat(older).isNotEqualTo(current).contains("asyncAfter=\"true\" />", "${planCaseTimeline}");
        assertThat(deployment.deployBundle(engine.getRepositoryService(), "debt-case.bpmn", older)).isOne();
        IntakeResult started = intake.open(Fixtures.invoice(Fixtures.invoiceNumber("MIGS"), "10000.00", LocalDate.of(2026, 1, 10)));
        IntakeResult waiting = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("MIGW"), "10000.00", LocalDate.of(2026, 1, 10)));
        IntakeResult alsoWaiting = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("MIGW"), "20000.00", LocalDate.of(2026, 1, 10)));
        String olderId = driver.instance(started).getProcessDefinitionId();

        assertThat(deployment.deployBundle(engine.getRepositoryService(), "debt-case.bpmn",
                current.replace("name=\"Срок оплаты истёк\"", "name=\"Срок оплаты наступил\""))).isOne();
        // the instances that move are read one per page: every page is read
        runToCompletion(new ProcessMigration(1).migrateRunningInstances(engine));

        String latest = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(DebtCaseProcess.KEY).latestVersion().singleResult().getId();
        assertThat(driver.instance(waiting).getProcessDefinitionId()).as("the case at its timer moves").isEqualTo(latest);
        assertThat(driver.instance(alsoWaiting).getProcessDefinitionId()).as("so does every other").isEqualTo(latest);
        assertThat(driver.instance(started).getProcessDefinitionId()).as("the case at the dropped save point stays").isEqualTo(olderId);

        driver.settle(started);
        BpmnAwareTests.assertThat(driver.instance(started)).isWaitingAt(TIMER_DUE_DATE);
        runToCompletion(migration.migrateRunningInstances(engine));
        assertThat(driver.instance(started).getProcessDefinitionId()).isEqualTo(latest);
        driver.fireTimer(started, TIMER_DUE_DATE);
        BpmnAwareTests.assertThat(driver.instance(started)).hasPassed(TASK_DECIDE_STRATEGY_AT_DUE);
    }

    /** Runs the batches' jobs as the job executor would; a migration that fails throws here. */
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
