package dev.inkasso.court;

import static dev.inkasso.court.CourtStages.at;
import static dev.inkasso.workflow.CourtProcess.Elements.*;
import static dev.inkasso.workflow.EnforcementProcess.Elements.TASK_SUBMIT_FOR_ENFORCEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.casefile.CaseQueries;
import dev.inkasso.casefile.CaseView;
import dev.inkasso.debtcase.CaseStage;
import dev.inkasso.debtcase.CaseStatus;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.Pdfs;
import dev.inkasso.support.ProcessCoverage;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.workflow.CourtProcess.Vars;
import dev.inkasso.workflow.DebtCaseProcess;
import dev.inkasso.workflow.EnforcementProcess;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The court stage for lawyers: filing, result, deadlines, judgment — until the judgment goes to enforcement. */
@ProcessCoverage
class CourtProceedingsTest extends ApiTest {
    @Autowired
    CourtStages stages;
    @Autowired
    ProcessDriver driver;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseQueries cases;

    private static final String LAWYER = "testlawyer";

    @Test
    void aCaseWhoseClaimRanOutGoesToCourtWithAFilingGeneratedForTheRoute() throws Exception {
        IntakeResult r = stages.inCourt("CRT", Fixtures.organisation("ООО «Судебный»"), "80000.00");
        ProcessInstance court = stages.court(r);

        BpmnAwareTests.assertThat(court).hasPassed(TASK_OPEN_COURT_CASE, TASK_PREPARE_FILING).isWaitingAt(TASK_FILE_WITH_COURT);
        BpmnAwareTests.assertThat(stages.task(court)).hasCandidateGroup("lawyers");
        assertThat(cases.get(r.caseId()).stage()).isEqualTo(CaseStage.COURT);
        assertThat(cases.get(r.caseId()).court().route()).isEqualTo(new CourtView.Route("ARBITRATION", "COURT_ORDER"));

        ResponseEntity<byte[]> zip = as(LAWYER).getForEntity("/api/cases/" + r.caseId() + "/court/filing-package", byte[].class);
        assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(zip.getHeaders().getContentType().toString()).isEqualTo("application/zip");
        Map<String, byte[]> files = unzip(zip.getBody());
        assertThat(files).containsKey("manifest.json");
        List<Map<String, String>> manifest = JsonPath.read(new String(files.get("manifest.json")), "$.files");
        assertThat(manifest).extracting(m -> m.get("type")).contains("COURT_ORDER_APPLICATION", "DEBT_CALCULATION", "PRE_TRIAL_CLAIM",
                "INTERACTION_LOG", "PRE_TRIAL_CLAIM_POSTAL_PROOF", "INVOICE");
        for (Map<String, String> entry : manifest) {
            assertThat(sha256(files.get(entry.get("file")))).as(entry.get("file")).isEqualTo(entry.get("sha256"));
        }
        byte[] application = manifest.stream().filter(m -> m.get("type").equals("COURT_ORDER_APPLICATION"))
                .map(m -> files.get(m.get("file"))).findFirst().orElseThrow();
        String text = Pdfs.text(application);
        assertThat(text).contains("ЗАЯВЛЕНИЕ о выдаче судебного приказа").contains("ООО «Судебный»")
                .contains("80 000,00 руб.").contains("Государственная пошлина").contains("229.1").contains("Приложения");
        assertThat(Pdfs.fonts(application)).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
        assertThat(new String(files.get("pre-trial-claim-postal-proof.json"))).contains("80082117000777");
    }

    @Test
    void theFilingNeedsItsFourFactsAndOfficersCannotSeeOrCompleteLawyersTasks() {
        IntakeResult r = stages.inCourt("CRTBAD", Fixtures.organisation("ООО «Без пошлины»"), "60000.00");
        String taskId = stages.task(stages.court(r)).getId();

        ResponseEntity<String> refused = post(LAWYER, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
                "courtName", Map.of("value", "Арбитражный суд города Москвы"), "filedOn", Map.of("value", "not-a-date"))));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(refused.getBody(), "$.errors[*].field"))
                .containsExactly("stateFeePaymentRef", "courtCaseNumber", "filedOn");
        BpmnAwareTests.assertThat(stages.court(r)).isWaitingAt(TASK_FILE_WITH_COURT);

        assertThat(get(LAWYER, "/engine-rest/task?processInstanceId=" + stages.court(r).getId()).getBody()).contains(taskId);
        assertThat(get(OFFICER, "/engine-rest/task?processInstanceId=" + stages.court(r).getId()).getBody()).isEqualTo("[]");
        assertThat(get(OFFICER, "/engine-rest/task/" + taskId).getStatusCode().value()).isIn(403, 404);
        assertThat(post(OFFICER, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", OFFICER)).getStatusCode().value())
                .isIn(403, 404);
        assertThat(stages.task(stages.court(r)).getAssignee()).isNull();
        ResponseEntity<String> officer = post(OFFICER, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of()));
        assertThat(officer.getStatusCode().is4xxClientError()).isTrue();
        BpmnAwareTests.assertThat(stages.court(r)).isWaitingAt(TASK_FILE_WITH_COURT);
    }

    @Test
    void anOrderIssuedEntersIntoForceWhenTheObjectionPeriodPassesAndGoesToEnforcementAsItsOwnWrit() {
        IntakeResult r = stages.inCourt("ORD", Fixtures.organisation("ООО «Приказ»"), "80000.00");
        stages.fileWithCourt(r, "А40-1001/2025", "2025-06-05");
        stages.award(r, "ORDER_ISSUED", "2025-06-20", "80000.00", "1234.56", "3200.00", false);
        ProcessInstance court = stages.court(r);
        BpmnAwareTests.assertThat(court).isWaitingAt(TASK_RECORD_OBJECTION);

        CaseView awarded = cases.get(r.caseId());
        assertThat(awarded.court().awarded().total()).isEqualByComparingTo("84434.56");
        assertThat(awarded.outstanding()).as("the judgment is the balance").isEqualByComparingTo("84434.56");

        stages.deadlinePasses(court, TIMER_OBJECTION_PERIOD);

        BpmnAwareTests.assertThat(court).isEnded().hasPassed(TASK_ENTER_INTO_FORCE, END_JUDGMENT).hasNotPassed(TASK_OBTAIN_WRIT);
        CaseView inForce = cases.get(r.caseId());
        assertThat(inForce.court().inForceOn()).isEqualTo("2025-07-01");
        assertThat(inForce.court().writ().number()).isEqualTo("А40-1001/2025");
        assertThat(inForce.stage()).isEqualTo(CaseStage.ENFORCEMENT);
        BpmnAwareTests.assertThat(stages.enforcement(r)).isWaitingAt(TASK_SUBMIT_FOR_ENFORCEMENT);
        assertThat(inForce.enforcement().writExpiresOn()).as("3 years from the order's issue").isEqualTo("2028-06-20");
    }

    @Test
    void aCancelledOrderBecomesAStatementOfClaimThatIsFiledAgain() throws Exception {
        IntakeResult r = stages.inCourt("CANC", Fixtures.organisation("ООО «Возражает»"), "80000.00");
        stages.fileWithCourt(r, "А40-2002/2025", "2025-06-05");
        stages.award(r, "ORDER_ISSUED", "2025-06-20", "80000.00", "0.00", "3200.00", false);
        at("2025-06-25T07:00:00Z");
        stages.complete(stages.court(r), Map.of(Vars.COURT_RESULT, "ORDER_CANCELLED", Vars.RESULT_DATE, "2025-06-25"));

        ProcessInstance court = stages.court(r);
        BpmnAwareTests.assertThat(court).hasPassed(TASK_SWITCH_TO_CLAIM).isWaitingAt(TASK_FILE_WITH_COURT);
        CaseView view = cases.get(r.caseId());
        assertThat(view.court().route().procedure()).isEqualTo("SIMPLIFIED");
        assertThat(view.court().awarded()).as("a cancelled order awards nothing").isNull();
        assertThat(view.outstanding()).isEqualByComparingTo("80000.00");
        String documents = get(LAWYER, "/api/cases/" + r.caseId() + "/documents").getBody();
        assertThat((List<String>) JsonPath.read(documents, "$[*].type")).contains("COURT_ORDER_APPLICATION", "STATEMENT_OF_CLAIM");
        List<Number> claimIds = JsonPath.read(documents, "$[?(@.type == 'STATEMENT_OF_CLAIM')].id");
        Number claimId = claimIds.get(0);
        byte[] pdf = as(LAWYER).getForEntity("/api/cases/" + r.caseId() + "/documents/" + claimId, byte[].class).getBody();
        assertThat(Pdfs.text(pdf)).contains("ИСКОВОЕ ЗАЯВЛЕНИЕ").contains("Ранее выданный судебный приказ отменён")
                .contains("упрощённое производство");
    }

    @Test
    void aHearingIsRemindedThenTheResultComesBackAndAGrantedClaimNeedsItsWritAfterTheAppealWindow() {
        IntakeResult r = stages.inCourt("HEAR", Fixtures.organisation("ООО «Заседание»"), "900000.00");
        assertThat(cases.get(r.caseId()).court().route().procedure()).isEqualTo("SIMPLIFIED");
        stages.fileWithCourt(r, "А40-3003/2025", "2025-06-05");
        stages.complete(stages.court(r), Map.of(Vars.COURT_RESULT, "HEARING_SCHEDULED", Vars.HEARING_DATE, "2025-07-15"));
        ProcessInstance court = stages.court(r);
        BpmnAwareTests.assertThat(court).isWaitingAt(TIMER_HEARING_REMINDER);

        stages.deadlinePasses(court, TIMER_HEARING_REMINDER);
        BpmnAwareTests.assertThat(court).isWaitingAt(TASK_PREPARE_FOR_HEARING);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(court.getId()).timers().singleResult()
                .getDuedate().toInstant().toString()).as("2 days ahead; back the day after").isEqualTo("2025-07-15T21:00:00Z");
        stages.deadlinePasses(court, TIMER_HEARING_HELD);
        BpmnAwareTests.assertThat(court).isWaitingAt(TASK_RECORD_COURT_RESULT);

        stages.award(r, "GRANTED", "2025-07-16", "900000.00", "45000.00", "30000.00", false);
        BpmnAwareTests.assertThat(court).isWaitingAt(TIMER_APPEAL_PERIOD);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(court.getId()).timers().singleResult()
                .getDuedate().toInstant().toString()).as("15 days after a simplified procedure").isEqualTo("2025-07-31T21:00:00Z");
        stages.deadlinePasses(court, TIMER_APPEAL_PERIOD);
        BpmnAwareTests.assertThat(court).isWaitingAt(TASK_OBTAIN_WRIT);

        stages.complete(court, Map.of(Vars.WRIT_NUMBER, "ФС № 045123456", Vars.WRIT_ISSUED_ON, "2025-08-01"));
        BpmnAwareTests.assertThat(court).isEnded().hasPassed(END_JUDGMENT);
        CaseView view = cases.get(r.caseId());
        assertThat(view.court().inForceOn()).isEqualTo("2025-08-01");
        assertThat(view.court().writ()).isEqualTo(new CourtView.Writ("ФС № 045123456", java.time.LocalDate.of(2025, 8, 1)));
        assertThat(view.enforcement().writExpiresOn()).as("3 years from entry into force").isEqualTo("2028-08-01");
    }

    @Test
    void aRefusedClaimGoesToManagersWhoWriteTheDebtOff() {
        IntakeResult r = stages.inCourt("REF", Fixtures.organisation("ООО «Отказ»"), "80000.00");
        ProcessInstance debtCase = driver.instance(r);
        stages.fileWithCourt(r, "А40-4004/2025", "2025-06-05");
        stages.complete(stages.court(r), Map.of(Vars.COURT_RESULT, "REFUSED", Vars.RESULT_DATE, "2025-06-05"));
        ProcessInstance court = stages.court(r);
        BpmnAwareTests.assertThat(court).isWaitingAt(TASK_DECIDE_AFTER_REFUSAL);
        BpmnAwareTests.assertThat(stages.task(court)).hasCandidateGroup("managers");

        stages.complete(court, Map.of(Vars.REFUSAL_DECISION, "WRITE_OFF", Vars.COURT_NOTE, "Перспектив обжалования нет"));
        BpmnAwareTests.assertThat(court).isWaitingAt(TASK_APPROVE_WRITE_OFF);
        stages.complete(court, Map.of(Vars.WRITE_OFF_APPROVED, true, Vars.WRITE_OFF_REASON, "Отказ в иске, решение не обжалуется"));

        BpmnAwareTests.assertThat(court).isEnded().hasPassed(END_WRITTEN_OFF);
        BpmnAwareTests.assertThat(debtCase).isEnded().hasPassed(DebtCaseProcess.Elements.END_COURT_STAGE);
        CaseView view = cases.get(r.caseId());
        assertThat(view.status()).isEqualTo(CaseStatus.WRITTEN_OFF);
        assertThat(view.writtenOff()).isEqualByComparingTo("80000.00");
        assertThat(view.writeOffs()).singleElement().satisfies(w -> {
            assertThat(w.amount()).isEqualByComparingTo("80000.00");
            assertThat(w.reason()).isEqualTo("Отказ в иске, решение не обжалуется");
            assertThat(w.actor()).isEqualTo("system");
        });
        assertThat(get(MANAGER, "/api/dashboard").getBody()).contains("Отказ в иске, решение не обжалуется");
    }

    @Test
    void aReturnedFilingIsPreparedAndFiledAgain() {
        IntakeResult r = stages.inCourt("RETF", Fixtures.organisation("ООО «Возврат»"), "80000.00");
        stages.fileWithCourt(r, "А40-9009/2025", "2025-06-05");
        stages.complete(stages.court(r), Map.of(Vars.COURT_RESULT, "RETURNED", Vars.COURT_NOTE, "Не приложена выписка ЕГРЮЛ"));

        ProcessInstance court = stages.court(r);
        BpmnAwareTests.assertThat(court).isWaitingAt(TASK_FILE_WITH_COURT);
        String documents = get(LAWYER, "/api/cases/" + r.caseId() + "/documents").getBody();
        List<Integer> versions = JsonPath.read(documents, "$[?(@.type == 'COURT_ORDER_APPLICATION')].version");
        assertThat(versions).as("the application is generated again").containsExactly(1, 2);
        stages.fileWithCourt(r, "А40-9010/2025", "2025-06-09");
        assertThat(cases.get(r.caseId()).court().filings()).isEqualTo(2);
        assertThat(cases.get(r.caseId()).court().courtCaseNumber()).isEqualTo("А40-9010/2025");
    }

    @Test
    void anAppealAfterARefusalGoesBackToTheLawyersToFile() {
        IntakeResult r = stages.inCourt("APL", Fixtures.organisation("ООО «Апелляция»"), "80000.00");
        stages.fileWithCourt(r, "А40-5005/2025", "2025-06-05");
        stages.complete(stages.court(r), Map.of(Vars.COURT_RESULT, "REFUSED", Vars.RESULT_DATE, "2025-06-05"));
        stages.complete(stages.court(r), Map.of(Vars.REFUSAL_DECISION, "APPEAL"));

        BpmnAwareTests.assertThat(stages.court(r)).isWaitingAt(TASK_FILE_WITH_COURT);
    }

    @Test
    void aSettlementRunsAsAnInstallmentPlan() {
        IntakeResult r = stages.inCourt("SETL", Fixtures.organisation("ООО «Мировое»"), "80000.00");
        stages.fileWithCourt(r, "А40-6006/2025", "2025-06-05");
        BigDecimal outstanding = cases.get(r.caseId()).outstanding();
        BigDecimal half = outstanding.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
        stages.complete(stages.court(r), Map.of(Vars.COURT_RESULT, "SETTLED", Vars.RESULT_DATE, "2025-06-05",
                Vars.SETTLEMENT_SCHEDULE, "2025-07-01;" + half.toPlainString() + "\n2025-08-01;" + outstanding.subtract(half).toPlainString()));

        ProcessInstance court = stages.court(r);
        BpmnAwareTests.assertThat(court).isWaitingAt(CALL_SETTLEMENT_PLAN);
        ProcessInstance plan = driver.calledBy(new IntakeResult(0, 0, court.getId()), DebtCaseProcess.InstallmentPlanProcess.KEY);
        BpmnAwareTests.assertThat(plan).isWaitingAt(DebtCaseProcess.InstallmentPlanProcess.TIMER_INSTALLMENT_DUE);
        assertThat(cases.get(r.caseId()).installmentPlan().status()).isEqualTo("ACTIVE");

        driver.fireTimer(new IntakeResult(0, 0, plan.getId()), DebtCaseProcess.InstallmentPlanProcess.TIMER_INSTALLMENT_DUE);
        BpmnAwareTests.assertThat(plan).as("an installment missed: the settlement is broken").isEnded();
        BpmnAwareTests.assertThat(court).isWaitingAt(TASK_OBTAIN_WRIT);
        at("2025-07-10T07:00:00Z");
        stages.complete(court, Map.of(Vars.WRIT_NUMBER, "ФС № 045000999", Vars.WRIT_ISSUED_ON, "2025-07-10"));
        BpmnAwareTests.assertThat(stages.enforcement(r)).as("the settlement's writ is enforced")
                .isWaitingAt(TASK_SUBMIT_FOR_ENFORCEMENT);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
