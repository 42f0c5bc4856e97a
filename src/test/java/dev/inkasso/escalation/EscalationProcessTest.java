package dev.inkasso.escalation;

import static dev.inkasso.workflow.DebtCaseProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.casefile.CaseQueries;
import dev.inkasso.debtcase.CaseStage;
import dev.inkasso.debtcase.CaseStatus;
import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.invoice.InvoiceRequest;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.HoldProbe;
import dev.inkasso.support.ProcessCoverage;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.workflow.DebtCaseProcess.AgencyPlacementProcess;
import dev.inkasso.workflow.DebtCaseProcess.PreTrialClaimProcess;
import dev.inkasso.workflow.DebtCaseProcess.Vars;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** After negotiation fails: the pre-trial claim, the collector agency, both in parallel, and the court stage. */
@ProcessCoverage
class EscalationProcessTest extends ApiTest {
    @Autowired
    ProcessEngine engine;
    @Autowired
    ProcessDriver driver;
    @Autowired
    CaseQueries cases;
    @Autowired
    HoldProbe holdProbe;
    @Autowired
    dev.inkasso.security.IdentitySetup identity;

    @BeforeEach
    void march() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T07:00:00Z")));
    }

    private static DebtorRequest individual() {
        return new DebtorRequest("INDIVIDUAL", "Сидорова Анна Петровна", Fixtures.personInn(), null, Fixtures.email(), null,
                "г. Тверь, ул. Советская, д. 5", "Europe/Moscow");
    }

    /** A case whose negotiation failed (the debtor refused), escalated on the strategy's route. */
    private IntakeResult escalated(DebtorRequest debtor, String amount) {
        IntakeResult r = driver.open(new InvoiceRequest(Fixtures.invoiceNumber("ESC"), debtor, null, new BigDecimal(amount),
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 10), "Договор № 5", null));
        driver.toNegotiation(r);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T07:00:00Z")));
        driver.completeNegotiation(r, Map.of(Vars.NEGOTIATION_OUTCOME, "REFUSED"));
        driver.continueAt(r.processInstanceId(), TASK_DECIDE_STRATEGY_AT_ESCALATION);
        return r;
    }

    private Task task(ProcessInstance pi) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    private void post(ProcessInstance claim, String tracking) {
        engine.getTaskService().complete(task(claim).getId(), Map.of(Vars.POSTAL_TRACKING_NUMBER, tracking));
    }

    private String number(IntakeResult r) {
        return cases.get(r.caseId()).invoiceNumber();
    }

    private long agency(String name, String types, String registry) {
        return agency(name, types, registry, Map.of());
    }

    private long agency(String name, String types, String registry, Map<String, String> more) {
        Map<String, Object> request = new java.util.HashMap<>(Map.of("name", name + " " + System.nanoTime(),
                "email", "agency" + System.nanoTime() + "@example.ru", "commissionPercent", "15.00", "slaDays", 60,
                "acceptsTypes", List.of(types.split(",")), "registryNumber", registry == null ? "" : registry,
                "maxAmount", "1000000.00"));
        request.putAll(more);
        ResponseEntity<String> created = super.post(MANAGER, "/api/agencies", request);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return ((Number) JsonPath.read(created.getBody(), "$.id")).longValue();
    }

    @Test
    void aClaimPeriodThatEndsUnpaidLeadsToTheCourtStage() {
        IntakeResult r = escalated(Fixtures.organisation("ООО «Претензия»"), "80000.00");
        ProcessInstance claim = driver.calledBy(r, PreTrialClaimProcess.KEY);
        BpmnAwareTests.assertThat(claim).hasPassed(PreTrialClaimProcess.TASK_SEND_PRE_TRIAL_CLAIM)
                .isWaitingAt(PreTrialClaimProcess.TASK_SEND_REGISTERED_POST);
        assertThat(cases.get(r.caseId()).stage()).isEqualTo(CaseStage.PRE_TRIAL_CLAIM);
        String documents = get(OFFICER, "/api/cases/" + r.caseId() + "/documents").getBody();
        assertThat((List<String>) JsonPath.read(documents, "$[*].type")).contains("PRE_TRIAL_CLAIM", "DEBT_CALCULATION");

        post(claim, "80082117123456");
        BpmnAwareTests.assertThat(claim).isWaitingAt(PreTrialClaimProcess.GATEWAY_CLAIM_WAIT);
        driver.fireTimer(new IntakeResult(0, 0, claim.getId()), PreTrialClaimProcess.TIMER_CLAIM_PERIOD);

        BpmnAwareTests.assertThat(claim).isEnded().hasPassed(PreTrialClaimProcess.TASK_EXPIRE_CLAIM);
        BpmnAwareTests.assertThat(driver.instance(r)).isWaitingAt(CALL_COURT_PROCEEDINGS);
        assertThat(cases.get(r.caseId()).stage()).isEqualTo(CaseStage.COURT_PENDING);
        assertThat(cases.get(r.caseId()).interactions()).anySatisfy(i -> assertThat(i.content()).contains("80082117123456"));
    }

    @Test
    void aHoldPausesTheClaimPeriodAndMovesItByThePause() {
        IntakeResult r = escalated(Fixtures.organisation("ООО «Пауза»"), "80000.00");
        ProcessInstance claim = driver.calledBy(r, PreTrialClaimProcess.KEY);
        post(claim, "80082117654321");

        holdProbe.holdFor(r, claim, PreTrialClaimProcess.TIMER_CLAIM_PERIOD, java.time.Duration.ofDays(10));

        driver.fireTimer(new IntakeResult(0, 0, claim.getId()), PreTrialClaimProcess.TIMER_CLAIM_PERIOD);
        BpmnAwareTests.assertThat(driver.instance(r)).isWaitingAt(CALL_COURT_PROCEEDINGS);
    }

    @Test
    void aHoldPausesTheAgencyPlacementAndMovesItsDeadline() {
        agency("Агентство Пауза", "INDIVIDUAL", "77/22/4321-КЛ");
        IntakeResult r = escalated(individual(), "30000.00");
        ProcessInstance placement = driver.calledBy(r, AgencyPlacementProcess.KEY);

        holdProbe.holdFor(r, placement, AgencyPlacementProcess.TIMER_AGENCY_SLA, java.time.Duration.ofDays(3));
    }

    @Test
    void aClaimStepThatFailsIsRetriedAndThenBecomesAnIncidentOnThatStep() {
        IntakeResult r = driver.open(new InvoiceRequest(Fixtures.invoiceNumber("KEYRATE"), Fixtures.organisation("ООО «Без ставки»"),
                null, new BigDecimal("80000.00"), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 10), null, null));
        driver.toNegotiation(r);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-05-04T07:00:00Z"))); // beyond the key-rate table
        driver.completeNegotiation(r, Map.of(Vars.NEGOTIATION_OUTCOME, "REFUSED"));
        var management = engine.getManagementService();
        management.executeJob(management.createJobQuery().processInstanceId(r.processInstanceId())
                .activityId(TASK_DECIDE_STRATEGY_AT_ESCALATION).singleResult().getId());
        ProcessInstance claim = driver.calledBy(r, PreTrialClaimProcess.KEY);

        List<Duration> nextTryAfter = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(30));
        for (int attempt = 1; attempt <= 5; attempt++) {
            var job = management.createJobQuery().processInstanceId(claim.getId()).singleResult();
            ClockUtil.setCurrentTime(job.getDuedate() == null ? ClockUtil.getCurrentTime() : job.getDuedate());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.executeJob(job.getId()));
            var failed = management.createJobQuery().jobId(job.getId()).singleResult();
            assertThat(failed.getRetries()).as("after attempt %d", attempt).isEqualTo(5 - attempt);
            if (attempt < 5) {
                assertThat(failed.getDuedate()).as("the try after attempt %d", attempt)
                        .isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(nextTryAfter.get(attempt - 1))));
            }
        }

        var incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(claim.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(PreTrialClaimProcess.TASK_SEND_PRE_TRIAL_CLAIM);
        assertThat(incident.getIncidentMessage()).contains("POST /api/key-rates");
        var inCase = engine.getRuntimeService().createIncidentQuery().processInstanceId(r.processInstanceId()).singleResult();
        assertThat(inCase.getActivityId()).as("the case points at the call, the cause is the claim step")
                .isEqualTo(CALL_PRE_TRIAL_CLAIM);
        assertThat(inCase.getRootCauseIncidentId()).isEqualTo(incident.getId());
        BpmnAwareTests.assertThat(driver.instance(r)).isWaitingAt(CALL_PRE_TRIAL_CLAIM);
    }

    @Test
    void aPaymentDuringTheClaimPeriodClosesTheCase() {
        IntakeResult r = escalated(Fixtures.organisation("ООО «Успел»"), "80000.00");
        ProcessInstance pi = driver.instance(r);
        post(driver.calledBy(r, PreTrialClaimProcess.KEY), "80082117000001");

        driver.pay(number(r) + "-P", number(r), "80000.00");

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_PAID);
        assertThat(cases.get(r.caseId()).status()).isEqualTo(CaseStatus.PAID);
    }

    @Test
    void aReplyToTheClaimGoesToALawyer() {
        IntakeResult r = escalated(Fixtures.organisation("ООО «Ответ»"), "80000.00");
        ProcessInstance claim = driver.calledBy(r, PreTrialClaimProcess.KEY);
        post(claim, "80082117000002");

        assertThat(super.post(OFFICER, "/api/cases/" + r.caseId() + "/claim-reply", Map.of("text", "Не согласны с суммой процентов"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        BpmnAwareTests.assertThat(claim).isWaitingAt(PreTrialClaimProcess.TASK_REVIEW_CLAIM_REPLY);
        BpmnAwareTests.assertThat(task(claim)).hasCandidateGroup("lawyers");
    }

    @Test
    void anAgencyUserReportsOnlyForItsOwnAgency() {
        String own = "agencybot" + System.nanoTime();
        String other = "otherbot" + System.nanoTime();
        identity.ensureUser(own, PASSWORD, "Робот агентства", dev.inkasso.workflow.DebtCaseProcess.Groups.AGENCIES);
        identity.ensureUser(other, PASSWORD, "Чужой робот", dev.inkasso.workflow.DebtCaseProcess.Groups.AGENCIES);
        // the cheapest agency for exactly this amount, so the case is placed there and no other test's case is
        long agencyId = agency("Агентство Своё", "INDIVIDUAL", "77/22/1111-КЛ", Map.of("reporter", own,
                "commissionPercent", "0.50", "minAmount", "31337.00", "maxAmount", "31337.00"));
        agency("Агентство Чужое", "ORGANIZATION", null, Map.of("reporter", other, "minAmount", "31337.00", "maxAmount", "31337.00"));
        IntakeResult r = escalated(individual(), "31337.00");
        assertThat(placedAgency(r)).isEqualTo(agencyId);
        Map<String, Object> payment = Map.of("caseId", r.caseId(), "reportId", Fixtures.invoiceNumber("R-X"),
                "kind", "PAYMENT_COLLECTED", "amount", "31337.00");

        assertThat(post(other, "/api/agencies/" + agencyId + "/reports", payment).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(OFFICER, "/api/agencies/" + agencyId + "/reports", payment).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cases.get(r.caseId()).status()).as("nothing written").isEqualTo(CaseStatus.OPEN);

        assertThat(post(own, "/api/agencies/" + agencyId + "/reports", payment).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        driver.settle(r);
        assertThat(cases.get(r.caseId()).status()).isEqualTo(CaseStatus.PAID);
    }

    @Test
    void anAgencyThatCollectsInFullClosesTheCase() {
        agency("Агентство Север", "INDIVIDUAL", "77/22/1234-КЛ");
        IntakeResult r = escalated(individual(), "30000.00");
        ProcessInstance placement = driver.calledBy(r, AgencyPlacementProcess.KEY);
        BpmnAwareTests.assertThat(placement).hasPassed(AgencyPlacementProcess.TASK_PLACE_WITH_AGENCY);
        assertThat(cases.get(r.caseId()).stage()).isEqualTo(CaseStage.AGENCY);
        long agencyId = placedAgency(r);
        String docs = get(OFFICER, "/api/cases/" + r.caseId() + "/documents").getBody();
        assertThat((List<String>) JsonPath.read(docs, "$[*].type")).contains("AGENCY_CASE_FILE", "AGENCY_NOTICE");

        ResponseEntity<String> report = super.post(MANAGER, "/api/agencies/" + agencyId + "/reports",
                Map.of("caseId", r.caseId(), "reportId", Fixtures.invoiceNumber("R-1"), "kind", "PAYMENT_COLLECTED", "amount", "30000.00"));
        driver.settle(r);

        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(cases.get(r.caseId()).status()).isEqualTo(CaseStatus.PAID);
        assertThat(agencies.commission(placementOf(r))).isEqualByComparingTo("4500.00"); // 15 % of 30 000
        assertThat(get(MANAGER, "/api/agencies").getBody()).contains("recoveryRate");
    }

    @Test
    void anAgencyThatCollectsPartlyThenRunsOutOfTimeIsRecalledAndTheClaimFollows() {
        agency("Агентство Юг", "INDIVIDUAL", "77/22/5678-КЛ");
        IntakeResult r = escalated(individual(), "30000.00");
        ProcessInstance placement = driver.calledBy(r, AgencyPlacementProcess.KEY);
        long agencyId = placedAgency(r);
        super.post(MANAGER, "/api/agencies/" + agencyId + "/reports",
                Map.of("caseId", r.caseId(), "reportId", Fixtures.invoiceNumber("R-1"), "kind", "PAYMENT_COLLECTED", "amount", "10000.00"));
        driver.settle(r);
        assertThat(cases.get(r.caseId()).outstanding()).isEqualByComparingTo("20000.00");

        driver.fireTimer(new IntakeResult(0, 0, placement.getId()), AgencyPlacementProcess.TIMER_AGENCY_SLA);

        BpmnAwareTests.assertThat(placement).isEnded().hasPassed(AgencyPlacementProcess.END_RECALLED);
        BpmnAwareTests.assertThat(driver.calledBy(r, PreTrialClaimProcess.KEY)).isWaitingAt(PreTrialClaimProcess.TASK_SEND_REGISTERED_POST);
    }

    @Test
    void anAgencyReportingUncollectableGetsTheCaseRecalled() {
        agency("Агентство Запад", "INDIVIDUAL", "77/22/9999-КЛ");
        IntakeResult r = escalated(individual(), "30000.00");
        ProcessInstance placement = driver.calledBy(r, AgencyPlacementProcess.KEY);

        super.post(MANAGER, "/api/agencies/" + placedAgency(r) + "/reports",
                Map.of("caseId", r.caseId(), "reportId", Fixtures.invoiceNumber("R-9"), "kind", "UNCOLLECTABLE", "note", "Должник не проживает по адресу"));

        BpmnAwareTests.assertThat(placement).isEnded().hasPassed(AgencyPlacementProcess.END_RECALLED);
        assertThat(driver.calledBy(r, PreTrialClaimProcess.KEY)).isNotNull();
    }

    @Test
    void badAgencyReportsAreRefusedAndChangeNothing() {
        long agencyId = agency("Агентство Восток", "INDIVIDUAL", "77/22/0000-КЛ");
        IntakeResult r = escalated(individual(), "30000.00");

        ResponseEntity<String> unknown = super.post(MANAGER, "/api/agencies/" + agencyId + "/reports",
                Map.of("invoiceNumber", "NO-SUCH", "reportId", Fixtures.invoiceNumber("X-1"), "kind", "PAYMENT_COLLECTED", "amount", "100.00"));
        ResponseEntity<String> negative = super.post(MANAGER, "/api/agencies/" + agencyId + "/reports",
                Map.of("caseId", r.caseId(), "reportId", Fixtures.invoiceNumber("X-2"), "kind", "PAYMENT_COLLECTED", "amount", "-100.00"));

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(cases.get(r.caseId()).paid()).isEqualByComparingTo("0.00");
    }

    @Test
    void aLargeDebtOfAOneOffClientGoesToAgencyAndClaimAtOnce() {
        agency("Агентство B2B", "ORGANIZATION,SOLE_PROPRIETOR", null);
        DebtorRequest oneOff = new DebtorRequest("ORGANIZATION", "ООО «Разовый»", Fixtures.organisationInn(), null,
                Fixtures.email(), null, "г. Москва", "Europe/Moscow", "ONE_OFF");
        IntakeResult r = driver.open(new InvoiceRequest(Fixtures.invoiceNumber("PAR"), oneOff, null, new BigDecimal("600000.00"),
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 20), null, null));
        driver.fireTimer(r, TIMER_DUE_DATE);               // HARD: straight to escalation
        driver.continueAt(r.processInstanceId(), TASK_DECIDE_STRATEGY_AT_ESCALATION);

        // both branches of the parallel fork (a gateway: not in history, InkassoHistoryLevel)
        BpmnAwareTests.assertThat(driver.instance(r)).hasPassed(TASK_DECIDE_STRATEGY_AT_ESCALATION)
                .isWaitingAt(CALL_AGENCY_IN_PARALLEL, CALL_PRE_TRIAL_CLAIM_IN_PARALLEL);
    }

    @Test
    void withNoAgencyForTheDebtAManagerChoosesOne() {
        IntakeResult r = escalated(new DebtorRequest("INDIVIDUAL", "Без Агентства", Fixtures.personInn(), null,
                Fixtures.email(), null, "г. Омск", "Asia/Omsk"), "999999999.00");
        ProcessInstance placement = driver.calledBy(r, AgencyPlacementProcess.KEY);

        BpmnAwareTests.assertThat(placement).isWaitingAt(AgencyPlacementProcess.TASK_CHOOSE_AGENCY);
        BpmnAwareTests.assertThat(task(placement)).hasCandidateGroup("managers");
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    dev.inkasso.agency.Agencies agencies;

    private long placementOf(IntakeResult r) {
        return jdbc.queryForObject("select max(id) from inkasso.agency_placement where case_id = ?", Long.class, r.caseId());
    }

    private long placedAgency(IntakeResult r) {
        return jdbc.queryForObject("select agency_id from inkasso.agency_placement where id = ?", Long.class, placementOf(r));
    }
}
