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
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
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
                .contains(DebtCaseProcess.Vars.STRATEGY)
                .as("the table row's other outputs show in the path").doesNotContain(DebtCaseProcess.Vars.PERSONAL_CALL,
                        DebtCaseProcess.Vars.FRIENDLY_REMINDER, DebtCaseProcess.Vars.WAIT_FACTOR, DebtCaseProcess.Vars.TASK_PRIORITY,
                        DebtCaseProcess.Vars.ESCALATION_ROUTE);
        assertThat(names).allMatch(InkassoHistoryLevel::isHistoric);
        assertThat(history.createHistoricDetailQuery().processInstanceId(r.processInstanceId()).count())
                .as("no variable change log").isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(r.processInstanceId()).count())
                .as("the path stays visible").isPositive();
    }

    @Test
    void aCasesPathIsKeptWithoutItsGatewaysAndNoneStartEvents() {
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("HGW"), "10000.00", LocalDate.of(2026, 1, 10)));
        driver.toNegotiation(r);

        var passed = history.createHistoricActivityInstanceQuery().processInstanceId(r.processInstanceId()).list();

        assertThat(passed).extracting(HistoricActivityInstance::getActivityId)
                .contains(DebtCaseProcess.Elements.TASK_DECIDE_STRATEGY_AT_DUE, DebtCaseProcess.Elements.TIMER_DUE_DATE,
                        DebtCaseProcess.Elements.TASK_SEND_FRIENDLY_REMINDER, DebtCaseProcess.Elements.TASK_NEGOTIATE);
        assertThat(passed).extracting(HistoricActivityInstance::getActivityType).as("a gateway decides, it does no work")
                .isNotEmpty().noneMatch(type -> type.endsWith("Gateway")).doesNotContain(ActivityTypes.START_EVENT);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(r.processInstanceId()).singleResult()
                .getStartActivityId()).as("the start is the instance's").isEqualTo(DebtCaseProcess.Elements.START_INVOICE_ISSUED);
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
