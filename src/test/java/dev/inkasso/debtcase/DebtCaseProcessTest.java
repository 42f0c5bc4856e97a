package dev.inkasso.debtcase;

import dev.inkasso.casefile.CaseView;
import dev.inkasso.casefile.CaseQueries;
import static dev.inkasso.workflow.DebtCaseProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import dev.inkasso.support.ProcessCoverage;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.workflow.DebtCaseProcess.Vars;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of debt-case.bpmn, from invoice to negotiation, on the real engine and database. */
@ProcessCoverage
class DebtCaseProcessTest extends IntegrationTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    ProcessEngine engine;
    @Autowired
    ProcessDriver driver;
    @Autowired
    CaseQueries cases;
    @Autowired
    dev.inkasso.invoice.InvoiceIntake intake;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(MOSCOW).toInstant()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), MOSCOW);
    }

    private IntakeResult openCase(String number, String amount, LocalDate dueDate) {
        return driver.open(Fixtures.invoice(number, amount, dueDate));
    }

    private ProcessInstance pi(IntakeResult r) {
        return driver.instance(r);
    }

    private static org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert assertThatCase(ProcessInstance pi) {
        return BpmnAwareTests.assertThat(pi);
    }

    private IntakeResult caseAtNegotiation(String number) {
        IntakeResult r = openCase(number, "100000.00", today().minusDays(1));
        ProcessInstance pi = pi(r);
        driver.toNegotiation(r);
        assertThatCase(pi).isWaitingAt(TASK_NEGOTIATE);
        return r;
    }

    @Test
    void invoiceDueLaterWaitsForThePreDueReminder() {
        LocalDate issued = today();
        IntakeResult r = openCase(Fixtures.invoiceNumber("PRE"), "50000.00", issued.plusDays(10));
        ProcessInstance pi = pi(r);

        assertThatCase(pi).isWaitingAt(TIMER_PRE_DUE_REMINDER);
        assertThat(cases.get(r.caseId()).stage()).isEqualTo(CaseStage.PRE_DUE);

        driver.fireTimer(r, TIMER_PRE_DUE_REMINDER);
        assertThatCase(pi).hasPassed(TASK_SEND_PRE_DUE_REMINDER).isWaitingAt(TIMER_DUE_DATE);
        // the reminder fired three days before the due date
        assertThat(today()).isEqualTo(issued.plusDays(7));
    }

    @Test
    void theIntakeLeavesTheCaseAtItsFirstTimerAndTheStrategyWaitsForTheDueDate() {
        LocalDate due = today().plusDays(10);
        IntakeResult r = intake.open(Fixtures.invoice(Fixtures.invoiceNumber("FIRST"), "50000.00", due));
        ProcessInstance pi = pi(r);

        // no asynchronous first step: the timer is there when the intake's transaction commits
        // the timeline is read from the case, not carried: the case id is the only variable a new case holds
        assertThatCase(pi).isWaitingAt(TIMER_PRE_DUE_REMINDER).variables().containsOnlyKeys(Vars.CASE_ID);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(r.processInstanceId()).messages().count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(r.processInstanceId()).timers()
                .singleResult().getDuedate()).isEqualTo(Date.from(today().plusDays(7).atStartOfDay(MOSCOW).toInstant()));

        driver.fireTimer(r, TIMER_PRE_DUE_REMINDER);
        assertThatCase(pi).isWaitingAt(TIMER_DUE_DATE).variables().doesNotContainKey(Vars.STRATEGY);
        // the due-date timer, planned by the reminder's job from the case: the first moment after the due date
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(r.processInstanceId()).timers()
                .singleResult().getDuedate()).isEqualTo(Date.from(due.plusDays(1).atStartOfDay(MOSCOW).toInstant()));
        driver.fireTimer(r, TIMER_DUE_DATE);
        assertThatCase(pi).hasPassed(TASK_DECIDE_STRATEGY_AT_DUE).variables().containsEntry(Vars.STRATEGY, "STANDARD");
    }

    @Test
    void anInvoiceOverdueAtIntakeWaitsAtItsDueDateTimerAlreadyDue() {
        IntakeResult r = intake.open(Fixtures.invoice(Fixtures.invoiceNumber("LATE"), "50000.00", today().minusDays(3)));

        assertThatCase(pi(r)).isWaitingAt(TIMER_DUE_DATE).hasNotPassed(TIMER_PRE_DUE_REMINDER).variables().containsOnlyKeys(Vars.CASE_ID);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(r.processInstanceId()).timers()
                .singleResult().getDuedate()).isEqualTo(Date.from(today().minusDays(2).atStartOfDay(MOSCOW).toInstant()));
    }

    @Test
    void paidBeforeTheDueDateClosesTheCaseWithoutReminders() {
        String number = Fixtures.invoiceNumber("EARLY");
        IntakeResult r = openCase(number, "50000.00", today().plusDays(10));
        ProcessInstance pi = pi(r);

        driver.pay(number + "-P1", number, "50000.00");

        assertThatCase(pi).isEnded().hasPassed(TASK_APPLY_PAYMENT, TASK_CLOSE_PAID_CASE, END_PAID)
                .hasNotPassed(TASK_SEND_PRE_DUE_REMINDER, TASK_SEND_FRIENDLY_REMINDER);
        CaseView view = cases.get(r.caseId());
        assertThat(view.status()).isEqualTo(CaseStatus.PAID);
        assertThat(view.outstanding()).isEqualByComparingTo("0.00");
    }

    @Test
    void overdueInvoiceSkipsThePreDueReminderAndGetsAFriendlyReminder() {
        IntakeResult r = openCase(Fixtures.invoiceNumber("LATE"), "12000.00", today().minusDays(3));
        ProcessInstance pi = pi(r);
        assertThatCase(pi).isWaitingAt(TIMER_DUE_DATE).hasNotPassed(TIMER_PRE_DUE_REMINDER);

        driver.fireTimer(r, TIMER_DUE_DATE);
        assertThat(cases.get(r.caseId()).stage()).isEqualTo(CaseStage.OVERDUE);
        driver.fireTimer(r, TIMER_FRIENDLY_REMINDER_DUE);

        assertThatCase(pi).hasPassed(TASK_SEND_FRIENDLY_REMINDER).isWaitingAt(TIMER_SECOND_NOTICE_DUE);
        assertThat(cases.get(r.caseId()).stage()).isEqualTo(CaseStage.FRIENDLY_REMINDER);
    }

    @Test
    void paidInFullAfterTheFirstReminderClosesTheCaseAndCancelsTimers() {
        String number = Fixtures.invoiceNumber("AFTER1");
        IntakeResult r = openCase(number, "30000.00", today().minusDays(1));
        ProcessInstance pi = pi(r);
        driver.fireTimer(r, TIMER_DUE_DATE);
        driver.fireTimer(r, TIMER_FRIENDLY_REMINDER_DUE);
        assertThatCase(pi).hasPassed(TASK_SEND_FRIENDLY_REMINDER).isWaitingAt(TIMER_SECOND_NOTICE_DUE);

        driver.pay(number + "-P1", number, "30000.00");

        assertThatCase(pi).isEnded().hasPassed(END_PAID).hasNotPassed(TASK_SEND_SECOND_NOTICE);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(cases.get(r.caseId()).stage()).isEqualTo(CaseStage.CLOSED);
    }

    @Test
    void partialPaymentKeepsTheCaseOpenAndFullPaymentClosesIt() {
        String number = Fixtures.invoiceNumber("PART");
        IntakeResult r = openCase(number, "100000.00", today().minusDays(1));
        ProcessInstance pi = pi(r);
        driver.fireTimer(r, TIMER_DUE_DATE);
        driver.fireTimer(r, TIMER_FRIENDLY_REMINDER_DUE);

        driver.pay(number + "-P1", number, "40000.00");
        assertThatCase(pi).isActive().hasPassed(END_PARTIAL_PAYMENT).isWaitingAt(TIMER_SECOND_NOTICE_DUE);
        assertThat(cases.get(r.caseId()).outstanding()).isEqualByComparingTo("60000.00");
        assertThat(cases.get(r.caseId()).status()).isEqualTo(CaseStatus.OPEN);

        driver.pay(number + "-P2", number, "60000.00");
        assertThatCase(pi).isEnded().hasPassed(END_PAID);
        assertThat(cases.get(r.caseId()).paid()).isEqualByComparingTo("100000.00");
    }

    @Test
    void aPartialPaymentIsAppliedWhenItArrivesAndAFullOneClosesTheCaseAfterItsSavePoint() {
        String number = Fixtures.invoiceNumber("APPLY");
        IntakeResult r = openCase(number, "100000.00", today().plusDays(10));
        ProcessInstance pi = pi(r);

        driver.receivePayment(number + "-P1", number, "40000.00", "BANK_TRANSFER");
        // applied in the payment's own transaction: no job is left for it, the timeline is untouched
        assertThatCase(pi).hasPassed(TASK_APPLY_PAYMENT, END_PARTIAL_PAYMENT).isWaitingAt(TIMER_PRE_DUE_REMINDER);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).messages().count()).isZero();
        // the payment's id reached the step in its transaction and was not stored: the payments table keeps it
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), Vars.PAYMENT_ID)).isNull();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(Vars.PAYMENT_ID).count()).isZero();

        driver.receivePayment(number + "-P2", number, "60000.00", "BANK_TRANSFER");
        // closing interrupts the whole case (and any called process): it runs behind a save point of its own
        assertThatCase(pi).hasPassed(TASK_APPLY_PAYMENT).isWaitingAt(END_FULLY_PAID);
        assertThat(cases.get(r.caseId()).outstanding()).isEqualByComparingTo("0.00");

        driver.settle(r);
        assertThatCase(pi).isEnded().hasPassed(END_FULLY_PAID, TASK_CLOSE_PAID_CASE, END_PAID);
        assertThat(cases.get(r.caseId()).status()).isEqualTo(CaseStatus.PAID);
        // the answers were transient: the end event each payment reached records them
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableNameIn(Vars.FULLY_PAID, Vars.SETTLED_BY_PAYMENT).count()).isZero();
    }

    @Test
    void noPaymentLeadsThroughSecondNoticeToTheNegotiationTaskForCollectors() {
        IntakeResult r = caseAtNegotiation(Fixtures.invoiceNumber("NEG"));
        ProcessInstance pi = pi(r);

        assertThatCase(pi).hasPassed(TASK_SEND_FRIENDLY_REMINDER, TASK_SEND_SECOND_NOTICE);
        BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("collectors");
        assertThat(engine.getTaskService().getVariableLocal(task(pi).getId(), "viewOutstanding"))
                .isEqualTo("100 000,00 руб.");
        assertThat(cases.get(r.caseId()).stage()).isEqualTo(CaseStage.NEGOTIATION);
    }

    @Test
    void debtorSaysPaidWaitsForTheMoneyAndNegotiatesAgainIfNoneArrives() {
        IntakeResult r = caseAtNegotiation(Fixtures.invoiceNumber("SAYS"));
        ProcessInstance pi = pi(r);

        driver.completeNegotiation(r, Map.of(Vars.NEGOTIATION_OUTCOME, "PAID"));
        assertThatCase(pi).isWaitingAt(TIMER_PAYMENT_CONFIRMATION);

        driver.fireTimer(r, TIMER_PAYMENT_CONFIRMATION);
        assertThatCase(pi).isWaitingAt(TASK_NEGOTIATE);
    }

    @Test
    void debtorSaysPaidAndThePaymentArrivesClosesTheCase() {
        String number = Fixtures.invoiceNumber("SAYS2");
        IntakeResult r = caseAtNegotiation(number);
        ProcessInstance pi = pi(r);
        driver.completeNegotiation(r, Map.of(Vars.NEGOTIATION_OUTCOME, "PAID"));

        driver.pay(number + "-P1", number, "100000.00");

        assertThatCase(pi).isEnded().hasPassed(TASK_APPLY_PAYMENT, END_PAID);
    }

    @Test
    void noContactRefusalAndWrongContactWaitForEscalation() {
        for (String outcome : new String[] {"NO_CONTACT", "REFUSED", "WRONG_CONTACT"}) {
            IntakeResult r = caseAtNegotiation(Fixtures.invoiceNumber(outcome));
            driver.completeNegotiation(r, Map.of(Vars.NEGOTIATION_OUTCOME, outcome));

            assertThatCase(pi(r)).as(outcome).isWaitingAt(TASK_DECIDE_STRATEGY_AT_ESCALATION);
        }
    }

    @Test
    void paymentWhileWaitingForEscalationStillClosesTheCase() {
        String number = Fixtures.invoiceNumber("ESCPAY");
        IntakeResult r = caseAtNegotiation(number);
        ProcessInstance pi = pi(r);
        driver.completeNegotiation(r, Map.of(Vars.NEGOTIATION_OUTCOME, "NO_CONTACT"));

        driver.pay(number + "-P1", number, "100000.00");

        assertThatCase(pi).isEnded().hasPassed(END_PAID).hasNotPassed(CALL_PRE_TRIAL_CLAIM);
    }

    @Test
    void aPromiseWithoutAmountOrWithAPastDateIsRefusedAndTheTaskStaysOpen() {
        IntakeResult r = caseAtNegotiation(Fixtures.invoiceNumber("BADPROM"));

        assertThatThrownBy(() -> driver.completeNegotiation(r, Map.of(Vars.NEGOTIATION_OUTCOME, "PROMISE_TO_PAY",
                Vars.PROMISED_AMOUNT, "5000.00", Vars.PROMISED_DATE, today().minusDays(1).toString())))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("promisedDate");
        assertThatThrownBy(() -> driver.completeNegotiation(r, Map.of(Vars.NEGOTIATION_OUTCOME, "DISPUTE")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("disputeReason");
        assertThatThrownBy(() -> driver.completeNegotiation(r, Map.of(Vars.NEGOTIATION_OUTCOME, "MAYBE")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("negotiationOutcome");

        assertThatCase(pi(r)).isWaitingAt(TASK_NEGOTIATE);
    }

    @Test
    void fullPaymentDuringNegotiationCancelsTheOfficersTask() {
        String number = Fixtures.invoiceNumber("NEGPAY");
        IntakeResult r = caseAtNegotiation(number);
        ProcessInstance pi = pi(r);

        driver.pay(number + "-P1", number, "100000.00");

        assertThatCase(pi).isEnded().hasPassed(END_PAID);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_NEGOTIATE).singleResult().getDeleteReason()).as("cancelled, not completed")
                .isEqualTo(TaskEntity.DELETE_REASON_DELETED);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void everyNamedElementExistsInTheDeployedModel() throws IllegalAccessException {
        var definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(dev.inkasso.workflow.DebtCaseProcess.KEY).latestVersion().singleResult();
        var model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
        for (var field : dev.inkasso.workflow.DebtCaseProcess.Elements.class.getFields()) {
            String id = (String) field.get(null);
            org.camunda.bpm.model.xml.instance.ModelElementInstance element = model.getModelElementById(id);
            assertThat((Object) element).as(id).isNotNull();
        }
    }
}
