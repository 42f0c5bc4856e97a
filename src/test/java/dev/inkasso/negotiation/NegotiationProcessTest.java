package dev.inkasso.negotiation;

import static dev.inkasso.workflow.DebtCaseProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkasso.hold.Holds;
import dev.inkasso.communication.OutboxRepository;
import dev.inkasso.casefile.CaseQueries;
import dev.inkasso.debtcase.CaseStatus;
import dev.inkasso.casefile.CaseView;
import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import dev.inkasso.support.ProcessCoverage;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.workflow.DebtCaseProcess.InstallmentPlanProcess;
import dev.inkasso.workflow.DebtCaseProcess.Vars;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every negotiation outcome, promise, installment plan, dispute and hardship path, and the overdue task escalation. */
@ProcessCoverage
class NegotiationProcessTest extends IntegrationTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    ProcessEngine engine;
    @Autowired
    ProcessDriver driver;
    @Autowired
    CaseQueries cases;
    @Autowired
    Holds holds;
    @Autowired
    dev.inkasso.support.HoldProbe holdProbe;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    PromiseRepository promises;

    @BeforeEach
    void mondayMorning() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T07:00:00Z"))); // Mon 10:00 MSK
    }

    private static ProcessInstanceAssert assertThatCase(ProcessInstance pi) {
        return BpmnAwareTests.assertThat(pi);
    }

    private static void at(String isoInstant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(isoInstant)));
    }

    private IntakeResult caseAtNegotiation(String prefix, DebtorRequest debtor) {
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber(prefix), debtor, "100000.00", LocalDate.of(2026, 2, 1)));
        driver.toNegotiation(r);
        assertThatCase(driver.instance(r)).isWaitingAt(TASK_NEGOTIATE);
        at("2026-03-02T07:00:00Z");
        return r;
    }

    private IntakeResult caseAtNegotiation(String prefix) {
        return caseAtNegotiation(prefix, Fixtures.organisation("ООО «Переговоры»"));
    }

    private static Map<String, Object> outcome(String outcome, Object... more) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.NEGOTIATION_OUTCOME, outcome);
        for (int i = 0; i < more.length; i += 2) {
            vars.put((String) more[i], more[i + 1]);
        }
        return vars;
    }

    private String number(IntakeResult r) {
        return cases.get(r.caseId()).invoiceNumber();
    }

    // --- promises ---------------------------------------------------------------------------------------

    @Test
    void aKeptPromiseForPartOfTheDebtBringsTheOfficerBackForTheRest() {
        IntakeResult r = caseAtNegotiation("KEPT");
        ProcessInstance pi = driver.instance(r);
        driver.completeNegotiation(r, outcome("PROMISE_TO_PAY", Vars.PROMISED_AMOUNT, "40000.00", Vars.PROMISED_DATE, "2026-03-10"));
        assertThatCase(pi).isWaitingAt(TIMER_PROMISE_DUE);
        assertThat(cases.get(r.caseId()).promise().status()).isEqualTo("ACTIVE");

        driver.pay(number(r) + "-P1", number(r), "40000.00");
        driver.fireTimer(r, TIMER_PROMISE_DUE);

        assertThatCase(pi).hasPassed(TASK_CHECK_PROMISE).isWaitingAt(TASK_NEGOTIATE);
        assertThat(cases.get(r.caseId()).promise().status()).isEqualTo("KEPT");
        assertThat(cases.get(r.caseId()).outstanding()).isEqualByComparingTo("60000.00");
    }

    @Test
    void aPartlyKeptPromiseGoesBackToTheOfficer() {
        IntakeResult r = caseAtNegotiation("PARTLY");
        driver.completeNegotiation(r, outcome("PROMISE_TO_PAY", Vars.PROMISED_AMOUNT, "40000.00", Vars.PROMISED_DATE, "2026-03-10"));
        driver.pay(number(r) + "-P1", number(r), "10000.00");

        driver.fireTimer(r, TIMER_PROMISE_DUE);

        assertThatCase(driver.instance(r)).isWaitingAt(TASK_NEGOTIATE);
        assertThat(cases.get(r.caseId()).promise().status()).isEqualTo("PARTLY_KEPT");
    }

    @Test
    void aBrokenPromiseIsOnTheDebtorsRecordAndTheCaseEscalates() {
        DebtorRequest debtor = Fixtures.organisation("ООО «Обещалкин»");
        IntakeResult r = caseAtNegotiation("BROKEN", debtor);
        ProcessInstance pi = driver.instance(r);
        driver.completeNegotiation(r, outcome("PROMISE_TO_PAY", Vars.PROMISED_AMOUNT, "100000.00", Vars.PROMISED_DATE, "2026-03-05"));

        driver.fireTimer(r, TIMER_PROMISE_DUE);

        assertThatCase(pi).hasPassed(TASK_CHECK_PROMISE).isWaitingAt(TASK_DECIDE_STRATEGY_AT_ESCALATION);
        assertThat(cases.get(r.caseId()).promise().status()).isEqualTo("BROKEN");
        assertThat(cases.get(r.caseId()).interactions()).anySatisfy(i -> assertThat(i.outcome()).isEqualTo("BROKEN"));
    }

    @Test
    void aPromiseKeptInFullClosesTheCase() {
        IntakeResult r = caseAtNegotiation("FULLPROM");
        ProcessInstance pi = driver.instance(r);
        driver.completeNegotiation(r, outcome("PROMISE_TO_PAY", Vars.PROMISED_AMOUNT, "100000.00", Vars.PROMISED_DATE, "2026-03-05"));

        driver.pay(number(r) + "-P1", number(r), "100000.00");

        assertThatCase(pi).isEnded().hasPassed(END_PAID).hasNotPassed(TASK_CHECK_PROMISE);
    }

    // --- installment plans ------------------------------------------------------------------------------

    private static final String TWO_INSTALLMENTS = "2026-03-10;50000.00\n2026-03-20;50000.00";

    private ProcessInstance planInstance(IntakeResult r) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(r.processInstanceId()).singleResult();
    }

    private void approvePlan(ProcessInstance plan, boolean approved) {
        Task approval = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).singleResult();
        BpmnAwareTests.assertThat(approval).hasCandidateGroup("managers");
        engine.getTaskService().complete(approval.getId(), Map.of(Vars.PLAN_APPROVED, approved));
        driver.settle(driver.root(plan.getId()));
    }

    @Test
    void anApprovedPlanPaidInFullClosesTheCase() {
        IntakeResult r = caseAtNegotiation("PLANOK");
        ProcessInstance pi = driver.instance(r);
        driver.completeNegotiation(r, outcome("INSTALLMENT_PLAN", Vars.INSTALLMENTS, TWO_INSTALLMENTS));
        ProcessInstance plan = planInstance(r);
        assertThatCase(plan).as("above the approval limit (50 000 in tests)").isWaitingAt(InstallmentPlanProcess.TASK_APPROVE_PLAN);

        approvePlan(plan, true);
        assertThatCase(plan).hasPassed(InstallmentPlanProcess.TASK_ACTIVATE_PLAN).isWaitingAt(InstallmentPlanProcess.TIMER_INSTALLMENT_DUE);
        assertThat(outbox.findByCaseIdOrderByIdAsc(r.caseId())).anySatisfy(m -> assertThat(m.getKind()).isEqualTo("INSTALLMENT_SCHEDULE"));

        at("2026-03-09T07:00:00Z");
        driver.pay(number(r) + "-I1", number(r), "50000.00");
        driver.fireTimer(planResult(plan), InstallmentPlanProcess.TIMER_INSTALLMENT_DUE);
        assertThat(cases.get(r.caseId()).installmentPlan().installments().get(0).status()).isEqualTo("PAID");

        driver.pay(number(r) + "-I2", number(r), "50000.00");
        assertThatCase(plan).isEnded();
        assertThatCase(pi).isEnded().hasPassed(END_PAID);
        assertThat(cases.get(r.caseId()).status()).isEqualTo(CaseStatus.PAID);
    }

    @Test
    void aHoldPausesTheInstallmentPlanAndItsDueDateMovesByThePause() {
        IntakeResult r = caseAtNegotiation("PLANHOLD");
        driver.completeNegotiation(r, outcome("INSTALLMENT_PLAN", Vars.INSTALLMENTS, TWO_INSTALLMENTS));
        ProcessInstance plan = planInstance(r);
        approvePlan(plan, true);
        at("2026-03-09T07:00:00Z");
        driver.pay(number(r) + "-I1", number(r), "50000.00");

        holdProbe.holdFor(r, plan, InstallmentPlanProcess.TIMER_INSTALLMENT_DUE, java.time.Duration.ofDays(10));

        driver.fireTimer(planResult(plan), InstallmentPlanProcess.TIMER_INSTALLMENT_DUE); // no "is suspended" failure
        assertThat(cases.get(r.caseId()).installmentPlan().installments().get(0).status()).isEqualTo("PAID");
    }

    @Test
    void aRejectedPlanGoesBackToTheOfficer() {
        IntakeResult r = caseAtNegotiation("PLANNO");
        driver.completeNegotiation(r, outcome("INSTALLMENT_PLAN", Vars.INSTALLMENTS, TWO_INSTALLMENTS));
        ProcessInstance plan = planInstance(r);

        approvePlan(plan, false);

        assertThatCase(plan).isEnded().hasPassed(InstallmentPlanProcess.END_PLAN_REJECTED);
        assertThatCase(driver.instance(r)).hasPassed(CALL_INSTALLMENT_PLAN).isWaitingAt(TASK_NEGOTIATE);
        assertThat(cases.get(r.caseId()).installmentPlan().status()).isEqualTo("REJECTED");
    }

    @Test
    void aPlanBrokenAtTheSecondInstallmentEscalatesWithTheRemainingBalance() {
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("PLANBRK"), "40000.00", LocalDate.of(2026, 2, 1)));
        driver.toNegotiation(r);
        at("2026-03-02T07:00:00Z");
        driver.completeNegotiation(r, outcome("INSTALLMENT_PLAN", Vars.INSTALLMENTS,
                "[{\"dueDate\":\"2026-03-10\",\"amount\":\"20000.00\"},{\"dueDate\":\"2026-03-20\",\"amount\":\"20000.00\"}]"));
        ProcessInstance plan = planInstance(r);
        assertThatCase(plan).as("below the approval limit: no manager task").hasNotPassed(InstallmentPlanProcess.TASK_APPROVE_PLAN)
                .isWaitingAt(InstallmentPlanProcess.TIMER_INSTALLMENT_DUE);

        at("2026-03-10T07:00:00Z");
        driver.pay(number(r) + "-I1", number(r), "20000.00");
        driver.fireTimer(planResult(plan), InstallmentPlanProcess.TIMER_INSTALLMENT_DUE);
        driver.fireTimer(planResult(plan), InstallmentPlanProcess.TIMER_INSTALLMENT_DUE);

        assertThatCase(plan).isEnded().hasPassed(InstallmentPlanProcess.END_PLAN_BROKEN);
        assertThatCase(driver.instance(r)).isWaitingAt(TASK_DECIDE_STRATEGY_AT_ESCALATION);
        CaseView view = cases.get(r.caseId());
        assertThat(view.installmentPlan().status()).isEqualTo("BROKEN");
        assertThat(view.installmentPlan().installments()).extracting(CaseView.InstallmentView::status).containsExactly("PAID", "MISSED");
        assertThat(view.outstanding()).isEqualByComparingTo("20000.00");
    }

    @Test
    void aPlanThatDoesNotSumToTheBalanceIsRefusedAndTheTaskStaysOpen() {
        IntakeResult r = caseAtNegotiation("PLANBAD");

        assertThatThrownBy(() -> driver.completeNegotiation(r, outcome("INSTALLMENT_PLAN", Vars.INSTALLMENTS, "2026-03-10;50000.00")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("installments").hasMessageContaining("100000.00");
        assertThatThrownBy(() -> driver.completeNegotiation(r, outcome("INSTALLMENT_PLAN", Vars.INSTALLMENTS, "soon;lots")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("installments");
        assertThatCase(driver.instance(r)).isWaitingAt(TASK_NEGOTIATE);
    }

    private IntakeResult planResult(ProcessInstance plan) {
        return new IntakeResult(0, 0, plan.getId());
    }

    // --- disputes ---------------------------------------------------------------------------------------

    private Task disputeTask(IntakeResult r) {
        return engine.getTaskService().createTaskQuery().processInstanceId(r.processInstanceId())
                .taskDefinitionKey(TASK_RESOLVE_DISPUTE).singleResult();
    }

    @Test
    void aDisputeUpheldInFullWritesTheDebtOff() {
        IntakeResult r = caseAtNegotiation("DISPUP");
        ProcessInstance pi = driver.instance(r);
        driver.completeNegotiation(r, outcome("DISPUTE", Vars.DISPUTE_REASON, "Товар не поставлен"));
        assertThat(holds.isOnHold(r.caseId())).as("no letters while the dispute is open").isTrue();
        BpmnAwareTests.assertThat(disputeTask(r)).hasCandidateGroup("collectors");

        engine.getTaskService().complete(disputeTask(r).getId(), Map.of(Vars.DISPUTE_RESOLUTION, "UPHELD",
                Vars.RESOLUTION_NOTE, "Поставка не подтверждена"));

        assertThatCase(pi).isEnded().hasPassed(END_WRITTEN_OFF);
        CaseView view = cases.get(r.caseId());
        assertThat(view.status()).isEqualTo(CaseStatus.WRITTEN_OFF);
        assertThat(view.writtenOff()).isEqualByComparingTo("100000.00");
        assertThat(view.onHold()).isFalse();
        assertThat(holds.isOnHold(r.caseId())).isFalse();
    }

    @Test
    void aDisputeUpheldInPartLowersTheBalanceAndTalksGoOn() {
        IntakeResult r = caseAtNegotiation("DISPPART");
        driver.completeNegotiation(r, outcome("DISPUTE", Vars.DISPUTE_REASON, "Часть товара с браком", Vars.DISPUTE_IS_LEGAL, true));
        BpmnAwareTests.assertThat(disputeTask(r)).hasCandidateGroup("lawyers");

        engine.getTaskService().complete(disputeTask(r).getId(), Map.of(Vars.DISPUTE_RESOLUTION, "UPHELD",
                Vars.WRITE_OFF_AMOUNT, "25000.00", Vars.RESOLUTION_NOTE, "Брак подтверждён актом"));

        assertThatCase(driver.instance(r)).isWaitingAt(TASK_NEGOTIATE);
        assertThat(cases.get(r.caseId()).outstanding()).isEqualByComparingTo("75000.00");
    }

    @Test
    void aRejectedDisputeResumesWithALetterExplainingWhy() {
        IntakeResult r = caseAtNegotiation("DISPREJ");
        driver.completeNegotiation(r, outcome("DISPUTE", Vars.DISPUTE_REASON, "Не согласен с суммой"));

        engine.getTaskService().complete(disputeTask(r).getId(), Map.of(Vars.DISPUTE_RESOLUTION, "REJECTED",
                Vars.RESOLUTION_NOTE, "Сумма соответствует договору и акту приёмки"));

        assertThatCase(driver.instance(r)).isWaitingAt(TASK_NEGOTIATE);
        assertThat(outbox.findByCaseIdOrderByIdAsc(r.caseId())).anySatisfy(m -> {
            assertThat(m.getKind()).isEqualTo("DISPUTE_REJECTED");
            assertThat(m.getBodyText()).contains("Сумма соответствует договору и акту приёмки");
        });
        assertThat(holds.isOnHold(r.caseId())).isFalse();
    }

    @Test
    void aDisputeNeedsAReasonAndAResolutionNeedsANote() {
        IntakeResult r = caseAtNegotiation("DISPBAD");
        assertThatThrownBy(() -> driver.completeNegotiation(r, outcome("DISPUTE")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("disputeReason");
        driver.completeNegotiation(r, outcome("DISPUTE", Vars.DISPUTE_REASON, "Не согласен"));
        assertThatThrownBy(() -> engine.getTaskService().complete(disputeTask(r).getId(), Map.of(Vars.DISPUTE_RESOLUTION, "UPHELD")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("resolutionNote");
        assertThatCase(driver.instance(r)).isWaitingAt(TASK_RESOLVE_DISPUTE);
    }

    // --- hardship, overdue task -------------------------------------------------------------------------

    @Test
    void hardshipPausesTheCaseUntilTheGivenDayThenTalksResume() {
        IntakeResult r = caseAtNegotiation("HARD");
        driver.completeNegotiation(r, outcome("HARDSHIP", Vars.HARDSHIP_UNTIL, "2026-03-20"));
        assertThatCase(driver.instance(r)).isWaitingAt(TIMER_HARDSHIP_PAUSE);
        assertThat(holds.isOnHold(r.caseId())).isTrue();

        driver.fireTimer(r, TIMER_HARDSHIP_PAUSE);

        assertThat(LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), MOSCOW)).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThatCase(driver.instance(r)).hasPassed(TASK_END_HARDSHIP_HOLD).isWaitingAt(TASK_NEGOTIATE);
        assertThat(holds.isOnHold(r.caseId())).isFalse();
    }

    @Test
    void anOverdueNegotiationTaskIsShownToAManagerAndStaysWithTheOfficer() {
        IntakeResult r = caseAtNegotiation("LATE");
        Task negotiation = driver.negotiationTask(r);
        assertThat(negotiation.getDueDate()).isNotNull();

        driver.fireTimer(r, TIMER_NEGOTIATION_OVERDUE);

        Task review = engine.getTaskService().createTaskQuery().processInstanceId(r.processInstanceId())
                .taskDefinitionKey(TASK_REVIEW_OVERDUE_NEGOTIATION).singleResult();
        BpmnAwareTests.assertThat(review).hasCandidateGroup("managers");
        assertThatCase(driver.instance(r)).isWaitingAt(TASK_NEGOTIATE, TASK_REVIEW_OVERDUE_NEGOTIATION);
    }
}
