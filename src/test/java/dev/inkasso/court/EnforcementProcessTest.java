package dev.inkasso.court;

import static dev.inkasso.court.CourtStages.at;
import static dev.inkasso.workflow.EnforcementProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.casefile.CaseQueries;
import dev.inkasso.casefile.CaseView;
import dev.inkasso.debtcase.CaseStatus;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.Pdfs;
import dev.inkasso.support.ProcessCoverage;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.workflow.CourtProcess;
import dev.inkasso.workflow.EnforcementProcess.Vars;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Enforcement for lawyers: bailiffs or the debtor's bank, checks, returned writs, bankruptcy, the writ's deadline. */
@ProcessCoverage
class EnforcementProcessTest extends ApiTest {
    @Autowired
    CourtStages stages;
    @Autowired
    ProcessDriver driver;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseQueries cases;
    @Autowired
    dev.inkasso.support.HoldProbe holdProbe;

    /** A court order for 80 000 + 1 234,56 + 3 200,00 in force on 01.07.2025: enforcement waits for the lawyers. */
    private IntakeResult orderInForce(String prefix) {
        IntakeResult r = stages.inCourt(prefix, Fixtures.organisation("ООО «" + prefix + "»"), "80000.00");
        stages.fileWithCourt(r, "А40-" + prefix + "/2025", "2025-06-05");
        stages.award(r, "ORDER_ISSUED", "2025-06-20", "80000.00", "1234.56", "3200.00", false);
        stages.deadlinePasses(stages.court(r), CourtProcess.Elements.TIMER_OBJECTION_PERIOD);
        return r;
    }

    private void submit(IntakeResult r, String channel, String on) {
        at(on + "T07:00:00Z");
        stages.complete(stages.enforcement(r), channel.equals("BANK")
                ? Map.of(Vars.ENFORCEMENT_CHANNEL, "BANK", Vars.BANK_NAME, "АО «Тестбанк»", Vars.SUBMITTED_ON, on)
                : Map.of(Vars.ENFORCEMENT_CHANNEL, "FSSP", Vars.SUBMITTED_ON, on));
    }

    private void opened(IntakeResult r, String on) {
        at(on + "T07:00:00Z");
        stages.complete(stages.enforcement(r), Map.of(Vars.PROCEEDINGS_NUMBER, "123456/25/77001-ИП",
                Vars.BAILIFF_DEPARTMENT, "ОСП по Центральному АО № 1", Vars.OPENED_ON, on));
    }

    private void checkedAs(IntakeResult r, String status) {
        stages.deadlinePasses(stages.enforcement(r), TIMER_ENFORCEMENT_CHECK);
        stages.complete(stages.enforcement(r), Map.of(Vars.ENFORCEMENT_STATUS, status));
    }

    private String number(IntakeResult r) {
        return cases.get(r.caseId()).invoiceNumber();
    }

    @Test
    void bailiffsCollectInTwoPaymentsAndTheCaseClosesWhenTheAwardIsCovered() throws Exception {
        IntakeResult r = orderInForce("FSSP");
        ProcessInstance enforcement = stages.enforcement(r);
        submit(r, "FSSP", "2025-07-03");
        BpmnAwareTests.assertThat(enforcement).hasPassed(TASK_SEND_ENFORCEMENT_APPLICATION).isWaitingAt(TASK_RECORD_PROCEEDINGS_OPENED);
        opened(r, "2025-07-08");
        BpmnAwareTests.assertThat(enforcement).isWaitingAt(TIMER_ENFORCEMENT_CHECK);

        String documents = get(OFFICER, "/api/cases/" + r.caseId() + "/documents").getBody();
        List<Number> applications = JsonPath.read(documents, "$[?(@.type == 'ENFORCEMENT_APPLICATION')].id");
        byte[] pdf = as(OFFICER).getForEntity("/api/cases/" + r.caseId() + "/documents/" + applications.get(0), byte[].class).getBody();
        assertThat(Pdfs.text(pdf)).contains("о возбуждении исполнительного производства").contains("А40-FSSP/2025")
                .contains("84 434,56 руб.").contains("229-ФЗ");
        assertThat(Pdfs.fonts(pdf)).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());

        at("2025-07-20T07:00:00Z");
        driver.pay(number(r) + "-F1", number(r), "50000.00", "FSSP");
        CaseView partly = cases.get(r.caseId());
        assertThat(partly.outstanding()).isEqualByComparingTo("34434.56");
        assertThat(partly.enforcement().collected()).isEqualByComparingTo("50000.00");
        assertThat(partly.enforcement().proceedingsNumber()).isEqualTo("123456/25/77001-ИП");
        assertThat(partly.enforcement().channel()).isEqualTo("FSSP");

        driver.pay(number(r) + "-F2", number(r), "34434.56", "FSSP");
        assertThat(cases.get(r.caseId()).status()).isEqualTo(CaseStatus.PAID);
        BpmnAwareTests.assertThat(enforcement).isEnded();
    }

    @Test
    void aJudgmentWithInterestToTheDayOfPaymentIsCollectedByTheBankToTheKopeck() {
        IntakeResult r = stages.inCourt("BANKW", Fixtures.organisation("ООО «Проценты»"), "80000.00");
        stages.fileWithCourt(r, "А40-7007/2025", "2025-06-05");
        stages.award(r, "ORDER_ISSUED", "2025-06-20", "80000.00", "0.00", "3200.00", false);
        at("2025-06-25T07:00:00Z");
        stages.complete(stages.court(r), Map.of(CourtProcess.Vars.COURT_RESULT, "ORDER_CANCELLED"));
        stages.fileWithCourt(r, "А40-7008/2025", "2025-07-01");
        stages.award(r, "GRANTED_IN_PART", "2025-08-01", "70000.00", "1000.00", "3000.00", true);
        stages.deadlinePasses(stages.court(r), CourtProcess.Elements.TIMER_APPEAL_PERIOD);
        at("2025-08-20T07:00:00Z");
        stages.complete(stages.court(r), Map.of(CourtProcess.Vars.WRIT_NUMBER, "ФС № 045000777", CourtProcess.Vars.WRIT_ISSUED_ON, "2025-08-20"));
        submit(r, "BANK", "2025-08-25");
        BpmnAwareTests.assertThat(stages.enforcement(r)).hasNotPassed(TASK_RECORD_PROCEEDINGS_OPENED).isWaitingAt(TIMER_ENFORCEMENT_CHECK);
        String documents = get(OFFICER, "/api/cases/" + r.caseId() + "/documents").getBody();
        assertThat((List<String>) JsonPath.read(documents, "$[*].type")).contains("BANK_ENFORCEMENT_APPLICATION");

        at("2025-09-01T07:00:00Z");
        CaseView view = cases.get(r.caseId());
        // ст. 395 on the awarded 70 000,00 from 02.08 to 01.09.2025: 31 days at 18 % = 70 000 × 0,18 × 31 / 365 = 1 070,14
        assertThat(view.court().awarded().runningInterest()).isEqualByComparingTo("1070.14");
        assertThat(view.outstanding()).isEqualByComparingTo("75070.14");
        assertThat(view.enforcement().bankName()).isEqualTo("АО «Тестбанк»");

        driver.pay(number(r) + "-B1", number(r), "40000.00", "BANK_WRIT");
        assertThat(cases.get(r.caseId()).status()).isEqualTo(CaseStatus.OPEN);
        driver.pay(number(r) + "-B2", number(r), cases.get(r.caseId()).outstanding().toPlainString(), "BANK_WRIT");
        assertThat(cases.get(r.caseId()).status()).isEqualTo(CaseStatus.PAID);
        assertThat(cases.get(r.caseId()).enforcement().collected()).isEqualByComparingTo("75070.14");
    }

    @Test
    void aHoldPausesTheCourtsDeadlinesAndTheEnforcementChecks() {
        IntakeResult r = stages.inCourt("HOLDC", Fixtures.organisation("ООО «Пауза в суде»"), "80000.00");
        stages.fileWithCourt(r, "А40-8008/2025", "2025-06-05");
        stages.award(r, "ORDER_ISSUED", "2025-06-20", "80000.00", "0.00", "3200.00", false);
        holdProbe.holdFor(r, stages.court(r), CourtProcess.Elements.TIMER_OBJECTION_PERIOD, java.time.Duration.ofDays(5));
        stages.deadlinePasses(stages.court(r), CourtProcess.Elements.TIMER_OBJECTION_PERIOD);
        submit(r, "BANK", "2025-07-10");

        holdProbe.holdFor(r, stages.enforcement(r), TIMER_ENFORCEMENT_CHECK, java.time.Duration.ofDays(7));
    }

    @Test
    void aReturnedWritIsPresentedAgainAfterTheWaitAndItsPeriodRunsAnew() {
        IntakeResult r = orderInForce("RETN");
        submit(r, "FSSP", "2025-07-03");
        opened(r, "2025-07-08");
        checkedAs(r, "WRIT_RETURNED");

        ProcessInstance enforcement = stages.enforcement(r);
        BpmnAwareTests.assertThat(enforcement).isWaitingAt(TIMER_RESUBMIT);
        CaseView returned = cases.get(r.caseId());
        assertThat(returned.enforcement().status()).isEqualTo("WRIT_RETURNED");
        assertThat(returned.enforcement().writExpiresOn()).as("3 years from the return").isEqualTo("2028-08-08");

        stages.deadlinePasses(enforcement, TIMER_RESUBMIT);
        BpmnAwareTests.assertThat(enforcement).isWaitingAt(TASK_SUBMIT_FOR_ENFORCEMENT);
        submit(r, "FSSP", "2026-02-09");
        assertThat(cases.get(r.caseId()).enforcement().submissions()).isEqualTo(2);
        driver.pay(number(r) + "-F", number(r), "84434.56", "FSSP");
        assertThat(cases.get(r.caseId()).status()).isEqualTo(CaseStatus.PAID);
    }

    @Test
    void aBankruptDebtorsClaimGoesIntoTheRegisterAndManagersWriteOffTheRest() {
        IntakeResult r = orderInForce("BNKR");
        submit(r, "FSSP", "2025-07-03");
        opened(r, "2025-07-08");
        checkedAs(r, "DEBTOR_BANKRUPT");
        BpmnAwareTests.assertThat(stages.enforcement(r)).isWaitingAt(TASK_REGISTER_BANKRUPTCY_CLAIM);
        stages.complete(stages.enforcement(r), Map.of(Vars.BANKRUPTCY_CASE_NUMBER, "А40-99999/2025-1-Б", Vars.CLAIM_REGISTERED_ON, "2025-08-07"));

        assertThat(cases.get(r.caseId()).status()).isEqualTo(CaseStatus.BANKRUPTCY);
        BpmnAwareTests.assertThat(stages.enforcement(r)).isWaitingAt(TASK_APPROVE_WRITE_OFF);
        BpmnAwareTests.assertThat(stages.task(stages.enforcement(r))).hasCandidateGroup("managers");
        driver.pay(number(r) + "-E", number(r), "10000.00");
        assertThat(cases.get(r.caseId()).outstanding()).as("the estate's payment still counts").isEqualByComparingTo("74434.56");

        stages.complete(stages.enforcement(r), Map.of(CourtProcess.Vars.WRITE_OFF_APPROVED, true,
                CourtProcess.Vars.WRITE_OFF_REASON, "Конкурсное производство завершено"));
        CaseView view = cases.get(r.caseId());
        assertThat(view.status()).isEqualTo(CaseStatus.WRITTEN_OFF);
        assertThat(view.writtenOff()).isEqualByComparingTo("74434.56");
    }

    @Test
    void managersAreWarnedBeforeTheWritExpiresAndItsExpiryLeadsToAWriteOff() {
        IntakeResult r = orderInForce("EXPR");
        ProcessInstance enforcement = stages.enforcement(r);
        var timers = engine.getManagementService().createJobQuery().processInstanceId(enforcement.getId()).timers().list();
        assertThat(timers).extracting(j -> j.getDuedate().toInstant().toString())
                .containsExactlyInAnyOrder("2028-03-21T21:00:00Z", "2028-06-20T21:00:00Z"); // 90 days before; the day after

        stages.deadlinePasses(enforcement, TIMER_WRIT_EXPIRY_WARNING);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(enforcement.getId()).taskDefinitionKey(TASK_REVIEW_WRIT_EXPIRY)
                .taskCandidateGroup("managers").count()).isOne();
        stages.deadlinePasses(enforcement, TIMER_WRIT_EXPIRED);
        BpmnAwareTests.assertThat(enforcement).isWaitingAt(TASK_APPROVE_WRITE_OFF, TASK_REVIEW_WRIT_EXPIRY);
    }
}
