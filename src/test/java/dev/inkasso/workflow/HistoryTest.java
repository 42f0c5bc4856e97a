package dev.inkasso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.workflow.engine.InkassoHistoryLevel;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Engine history holds ids and decisions only, and is removed after the definitions' time to live. */
class HistoryTest extends IntegrationTest {
    @Autowired
    ProcessDriver driver;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;

    @Test
    void theCaseFactsShownInFormsNeverReachHistory() {
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("HIST"), "10000.00", LocalDate.of(2026, 1, 10)));
        driver.toNegotiation(r);
        String taskId = driver.negotiationTask(r).getId();
        assertThat(tasks.getVariablesLocal(taskId)).as("the form still shows the facts").containsKey("viewDebtorName");

        var names = history.createHistoricVariableInstanceQuery().processInstanceId(r.processInstanceId()).list().stream()
                .map(HistoricVariableInstance::getName).toList();

        assertThat(names).contains(DebtCaseProcess.Vars.CASE_ID).noneMatch(n -> n.startsWith("view"))
                .doesNotContain("strategyDecision", DebtCaseProcess.Vars.DECISION_RESULT, DebtCaseProcess.Vars.PRE_DUE_REMINDER_AT, DebtCaseProcess.Vars.OVERDUE_AT)
                .contains(DebtCaseProcess.Vars.STRATEGY);
        assertThat(names).allMatch(InkassoHistoryLevel::isHistoric);
        assertThat(history.createHistoricDetailQuery().processInstanceId(r.processInstanceId()).count())
                .as("no variable change log").isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(r.processInstanceId()).count())
                .as("the path stays visible").isPositive();
    }

    @Test
    void historyCleanupIsScheduledAndRemovesEndedCasesAfterTheirTimeToLive() {
        assertThat(history.findHistoryCleanupJobs()).as("a cleanup job for the nightly window").isNotEmpty();
        String number = Fixtures.invoiceNumber("TTL");
        IntakeResult r = driver.open(Fixtures.invoice(number, "700.00", LocalDate.of(2026, 1, 10)));
        driver.pay(number + "-P", number, "700.00");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(r.processInstanceId()).finished().count()).isOne();

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(181))));
        history.cleanUpHistoryAsync(true);
        for (int run = 0; run < 100 && history.createHistoricActivityInstanceQuery()
                .processInstanceId(r.processInstanceId()).count() > 0; run++) {
            for (Job cleanup : history.findHistoryCleanupJobs()) {
                management.executeJob(cleanup.getId());
            }
        }

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(r.processInstanceId()).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(r.processInstanceId()).count()).isZero();
    }
}
