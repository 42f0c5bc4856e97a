package dev.inkasso.negotiation;

import static dev.inkasso.workflow.DebtCaseProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.debtor.DebtorRepository;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.invoice.InvoiceRequest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import dev.inkasso.support.ProcessCoverage;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.workflow.DebtCaseProcess.Vars;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** Every rule of the strategy table drives its path through the real process, from the debtor's real history. */
@ProcessCoverage
class StrategyProcessTest extends IntegrationTest {
    @Autowired
    ProcessEngine engine;
    @Autowired
    ProcessDriver driver;
    @Autowired
    PromiseRepository promises;
    @Autowired
    DebtorRepository debtors;
    @Autowired
    Disputes disputes;

    @BeforeEach
    void monday() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T07:00:00Z")));
    }

    private static DebtorRequest debtor(String type, String relationship) {
        String inn = type.equals("ORGANIZATION") ? Fixtures.organisationInn() : Fixtures.personInn();
        return new DebtorRequest(type, "Должник " + relationship, inn, null, Fixtures.email(), null, "г. Москва",
                "Europe/Moscow", relationship);
    }

    private IntakeResult open(DebtorRequest debtor, String amount) {
        Long known = debtors.findByInn(debtor.inn()).map(d -> d.getId()).orElse(null);
        return driver.open(new InvoiceRequest(Fixtures.invoiceNumber("STRAT"), known == null ? debtor : null, known,
                new BigDecimal(amount), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 20), null, null));
    }

    /** Opens the case, lets its due date pass, and returns it at the first step of its strategy. */
    private ProcessInstance afterDueDate(IntakeResult r) {
        ProcessInstance pi = driver.instance(r);
        driver.fireTimer(r, TIMER_DUE_DATE);
        return pi;
    }

    private Object variable(IntakeResult r, String name) {
        return engine.getRuntimeService().getVariable(r.processInstanceId(), name);
    }

    private void assertStandard(IntakeResult r, ProcessInstance pi, String route) {
        BpmnAwareTests.assertThat(pi).hasPassed(TASK_DECIDE_STRATEGY_AT_DUE).isWaitingAt(TIMER_FRIENDLY_REMINDER_DUE);
        assertThat(variable(r, Vars.STRATEGY)).isEqualTo("STANDARD");
        assertThat(variable(r, Vars.ESCALATION_ROUTE)).isEqualTo(route);
        assertThat(engine.getRuntimeService().getVariables(r.processInstanceId()))
                .as("the table's row is read, not kept").doesNotContainKeys(Vars.STRATEGY_DECISION, Vars.DECISION_RESULT);
    }

    private void assertHard(IntakeResult r, ProcessInstance pi, String route) {
        BpmnAwareTests.assertThat(pi).hasNotPassed(TASK_SEND_FRIENDLY_REMINDER).isWaitingAt(TASK_DECIDE_STRATEGY_AT_ESCALATION);
        assertThat(variable(r, Vars.STRATEGY)).isEqualTo("HARD");
        assertThat(variable(r, Vars.ESCALATION_ROUTE)).isEqualTo(route);
    }

    @Test
    void rule1DisputedDebtGoesTheStandardWayToAClaimOnly() {
        DebtorRequest d = debtor("ORGANIZATION", "LONG_TERM_PARTNER");
        IntakeResult r = open(d, "50000.00");
        disputes.resolve(r.caseId(), disputes.open(r.caseId(), "Спор", "test").getId(), Disputes.Resolution.REJECTED,
                null, "Отклонено", "test");
        assertStandard(r, afterDueDate(r), "CLAIM");
    }

    @Test
    void rule2TwoBrokenPromisesMakeItHard() {
        DebtorRequest d = debtor("ORGANIZATION", "LONG_TERM_PARTNER");
        IntakeResult earlier = open(d, "1000.00");
        for (int i = 0; i < 2; i++) {
            PromiseToPay p = promises.save(new PromiseToPay(earlier.caseId(), new BigDecimal("500.00"), LocalDate.of(2026, 2, 1),
                    BigDecimal.ZERO, "test", Instant.now()));
            p.resolve(PromiseToPay.Status.BROKEN, Instant.now());
            promises.save(p);
        }
        IntakeResult r = open(d, "50000.00");
        assertHard(r, afterDueDate(r), "CLAIM");
    }

    @Test
    void rule3ALongTermPartnerGetsAPersonalCallFirstAndLongerWaits() {
        IntakeResult r = open(debtor("ORGANIZATION", "LONG_TERM_PARTNER"), "50000.00");
        ProcessInstance pi = afterDueDate(r);

        BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_PERSONAL_CALL);
        BpmnAwareTests.assertThat(BpmnAwareTests.task(pi)).hasCandidateGroup("collectors");
        assertThat(variable(r, Vars.STRATEGY)).isEqualTo("SOFT");
        assertThat(variable(r, Vars.WAIT_FACTOR)).isEqualTo(2.0);
        engine.getTaskService().complete(BpmnAwareTests.task(pi).getId());
        BpmnAwareTests.assertThat(pi).isWaitingAt(TIMER_FRIENDLY_REMINDER_DUE);
        // P1D × 2
        long wait = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult()
                .getDuedate().getTime() - ClockUtil.getCurrentTime().getTime();
        assertThat(wait).isEqualTo(2L * 24 * 3600 * 1000);
    }

    @Test
    void rule4ALargeDebtOfAOneOffClientGoesToClaimAndAgencyAtOnce() {
        IntakeResult r = open(debtor("SOLE_PROPRIETOR", "ONE_OFF"), "500000.00");
        assertHard(r, afterDueDate(r), "PARALLEL");
    }

    @Test
    void rule5AOneOffClientSkipsTheFriendlyReminder() {
        IntakeResult r = open(debtor("SOLE_PROPRIETOR", "ONE_OFF"), "20000.00");
        assertHard(r, afterDueDate(r), "CLAIM");
    }

    @Test
    void rule6ALargeDebtEscalatesInParallel() {
        IntakeResult r = open(debtor("ORGANIZATION", "NEW"), "1500000.00");
        assertStandard(r, afterDueDate(r), "PARALLEL");
    }

    @Test
    void rule7ThreeEarlierLatePaymentsEscalateInParallel() {
        DebtorRequest d = debtor("INDIVIDUAL", "NEW");
        for (int i = 0; i < 3; i++) {
            IntakeResult paidLate = open(d, "1000.00");
            String number = driver.instance(paidLate).getBusinessKey();
            driver.pay(number + "-LATE", number, "1000.00");   // on 02.03.2026, after the due date 20.02.2026
        }
        IntakeResult r = open(d, "20000.00");
        assertStandard(r, afterDueDate(r), "PARALLEL");
    }

    @ParameterizedTest(name = "rules 8 and 9: {0}")
    @ValueSource(strings = {"INDIVIDUAL", "ORGANIZATION"})
    void rules8And9TheDefaultsByDebtorType(String type) {
        IntakeResult r = open(debtor(type, "NEW"), "20000.00");
        assertStandard(r, afterDueDate(r), type.equals("INDIVIDUAL") ? "AGENCY" : "CLAIM");
    }

    @Test
    void aRedeployedTableGovernsWaitingCasesFromTheirNextDecision() throws Exception {
        IntakeResult r = open(debtor("ORGANIZATION", "NEW"), "20000.00");
        String table;
        try (InputStream in = new ClassPathResource("bpmn/collection-strategy.dmn").getInputStream()) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the manager's change: the default for organisations becomes HARD
        String changed = table.replace("<outputEntry id=\"Rule_9_Out0\"><text>\"STANDARD\"</text>",
                "<outputEntry id=\"Rule_9_Out0\"><text>\"HARD\"</text>").replace(
                "<outputEntry id=\"Rule_9_Out2\"><text>true</text>", "<outputEntry id=\"Rule_9_Out2\"><text>false</text>");
        assertThat(changed).isNotEqualTo(table);
        Deployment deployment = engine.getRepositoryService().createDeployment().name("strategy change")
                .addString("collection-strategy.dmn", changed).deploy();
        try {
            assertHard(r, afterDueDate(r), "CLAIM");
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }
}
