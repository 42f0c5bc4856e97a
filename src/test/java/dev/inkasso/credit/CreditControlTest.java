package dev.inkasso.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.debtcase.CaseLifecycle;
import dev.inkasso.debtcase.CaseStage;
import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.workflow.CreditCheckProcess;
import dev.inkasso.workflow.CreditCheckProcess.Elements;
import dev.inkasso.workflow.DebtCaseProcess.Groups;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/** Credit requests through credit-check.bpmn, the credit view, pinned limits and the credit-hold API for sales. */
class CreditControlTest extends ApiTest {
    static final String SALES = "testsales";

    @Autowired
    ProcessDriver driver;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseLifecycle lifecycle;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String request(DebtorRequest debtor, String limit, int term) {
        ResponseEntity<String> created = post(OFFICER, "/api/credit-requests",
                Map.of("debtor", debtor, "requestedLimit", limit, "requestedTermDays", term));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String pid = JsonPath.read(created.getBody(), "$.processInstanceId");
        // the registers are asked in a job (asynchronous continuation): run it as the job executor would
        driver.settle(pid);
        return created.getBody();
    }

    private ProcessInstance instance(String created) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(JsonPath.read(created, "$.processInstanceId")).singleResult();
    }

    private String requestView(String created) {
        return get(MANAGER, "/api/credit-requests/" + JsonPath.read(created, "$.requestId")).getBody();
    }

    @Test
    void aCounterpartyInLiquidationIsRejectedAndTheReasonsAreKeptOnTheRequest() {
        DebtorRequest debtor = Fixtures.organisation("ООО «Закрываемся»");
        CounterpartyExports.registry(debtor.inn(), "LIQUIDATING");
        CounterpartyExports.enforcement(debtor.inn(), "250000.00");
        String created = request(debtor, "500000.00", 30);

        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(JsonPath.read(created, "$.processInstanceId")).activityId(Elements.TASK_RECORD_DECISION)
                .finished().count()).isEqualTo(1);
        assertThat(instance(created)).isNull();
        String view = requestView(created);
        assertThat((String) JsonPath.read(view, "$.decision")).isEqualTo("REJECT");
        assertThat((String) JsonPath.read(view, "$.ruleDecision")).isEqualTo("REJECT");
        assertThat((String) JsonPath.read(view, "$.ruleReason")).contains("ликвидируется");
        assertThat((String) JsonPath.read(view, "$.signals.registryStatus")).isEqualTo("LIQUIDATING");
        assertThat((Integer) JsonPath.read(view, "$.signals.openEnforcements")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(view, "$.score")).isGreaterThan(60);
        assertThat((List<String>) JsonPath.read(view, "$.reasons")).first().asString().contains("ликвидации");
        String credit = get(OFFICER, "/api/debtors/" + JsonPath.read(view, "$.debtorId") + "/credit").getBody();
        assertThat(JsonPath.read(credit, "$.limit").toString()).isEqualTo("0.0");
    }

    @Test
    void aCleanNewCounterpartyIsApprovedByTheRuleForTheShorterTerm() {
        DebtorRequest debtor = Fixtures.organisation("ООО «Новый надёжный»");
        CounterpartyExports.registry(debtor.inn(), "ACTIVE");
        String view = requestView(request(debtor, "300000.00", 45));

        assertThat((String) JsonPath.read(view, "$.decision")).isEqualTo("APPROVE");
        assertThat((String) JsonPath.read(view, "$.decidedBy")).isEqualTo("system");
        assertThat((Integer) JsonPath.read(view, "$.approvedTermDays")).isEqualTo(45);
        assertThat((List<String>) JsonPath.read(view, "$.reasons")).anyMatch(r -> r.contains("Нет истории"));
        String credit = get(OFFICER, "/api/debtors/" + JsonPath.read(view, "$.debtorId") + "/credit").getBody();
        assertThat(JsonPath.read(credit, "$.limit").toString()).isEqualTo("300000.0");
        assertThat((String) JsonPath.read(credit, "$.history[0].rule")).isEqualTo("CREDIT_REQUEST");
    }

    @Test
    void aCounterpartyTheRegistryDoesNotKnowGoesToAManagersReviewRenderedInTasklist() {
        DebtorRequest debtor = Fixtures.organisation("ООО «Неизвестное»");
        CounterpartyExports.registry(Fixtures.organisationInn(), "ACTIVE"); // the export exists, without this debtor
        String created = request(debtor, "200000.00", 30);
        assertThat(instance(created)).isWaitingAt(Elements.TASK_REVIEW);
        assertThat((String) JsonPath.read(requestView(created), "$.status")).isEqualTo("IN_REVIEW");
        String pid = JsonPath.read(created, "$.processInstanceId");
        String tasks = get(MANAGER, "/engine-rest/task?processInstanceId=" + pid).getBody();
        String taskId = JsonPath.read(tasks, "$[0].id");
        assertThat(get(OFFICER, "/engine-rest/task?processInstanceId=" + pid).getBody()).isEqualTo("[]");

        // what Tasklist loads to render the form: the deployed form and its variables
        String form = get(MANAGER, "/engine-rest/task/" + taskId + "/deployed-form").getBody();
        assertThat(form).contains("review-credit-request").contains("reviewDecision").contains("approvedLimit");
        String variables = get(MANAGER, "/engine-rest/task/" + taskId + "/form-variables").getBody();
        assertThat(variables).contains("riskScore").contains("riskReasons").contains("Контрагент не найден")
                .contains("ООО «Неизвестное»");

        ResponseEntity<String> refused = post(MANAGER, "/engine-rest/task/" + taskId + "/complete", Map.of("variables",
                Map.of("reviewDecision", Map.of("value", "APPROVE"), "reviewNote", Map.of("value", "Проверили по телефону"))));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(refused.getBody(), "$.errors[*].field")).contains("approvedLimit", "approvedTermDays");
        assertThat(instance(created)).isWaitingAt(Elements.TASK_REVIEW);
        // only the form's fields: the review cannot repoint the process at another request
        ResponseEntity<String> repointed = post(MANAGER, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
                "reviewDecision", Map.of("value", "REJECT"), "reviewNote", Map.of("value", "x"),
                "creditRequestId", Map.of("value", 1))));
        assertThat(repointed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(repointed.getBody()).contains("\"field\":\"creditRequestId\"");
        assertThat(instance(created)).isWaitingAt(Elements.TASK_REVIEW);

        ResponseEntity<String> done = post(MANAGER, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
                "reviewDecision", Map.of("value", "APPROVE"), "approvedLimit", Map.of("value", 150000),
                "approvedTermDays", Map.of("value", 20), "reviewNote", Map.of("value", "Выписка ЕГРЮЛ получена вручную"))));
        assertThat(done.getStatusCode().is2xxSuccessful()).as(done.getBody()).isTrue();
        String view = requestView(created);
        assertThat((String) JsonPath.read(view, "$.decision")).isEqualTo("APPROVE");
        assertThat((String) JsonPath.read(view, "$.decidedBy")).isEqualTo(MANAGER);
        assertThat(JsonPath.read(view, "$.approvedLimit").toString()).isEqualTo("150000.0");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pid).finished().count())
                .isEqualTo(1);
    }

    @Test
    void badRequestsNameTheirFieldsAndStartNothing() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CreditCheckProcess.KEY).count();
        ResponseEntity<String> bad = post(OFFICER, "/api/credit-requests", Map.of("requestedLimit", "-5", "requestedTermDays", 0));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(bad.getBody(), "$.errors[*].field"))
                .containsExactlyInAnyOrder("debtor", "requestedLimit", "requestedTermDays");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CreditCheckProcess.KEY).count())
                .isEqualTo(before);
        assertThat(get(OFFICER, "/api/credit-status?inn=123").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theCreditStatusHoldsWhenTheLimitIsUsedOrACaseEscalatesAndLiftsWhenPaid() {
        identity.ensureUser(SALES, PASSWORD, "ERP", Groups.CREDIT_API);
        DebtorRequest debtor = Fixtures.organisation("ООО «Отгрузки»");
        String first = Fixtures.invoiceNumber("CRS");
        IntakeResult big = driver.open(Fixtures.invoice(first, debtor, "150000.00", LocalDate.now().plusDays(20)));
        String status = get(SALES, "/api/credit-status?inn=" + debtor.inn()).getBody();
        assertThat((Boolean) JsonPath.read(status, "$.hold")).isTrue();
        assertThat(JsonPath.read(status, "$.used").toString()).isEqualTo("150000.0");
        assertThat((List<String>) JsonPath.read(status, "$.reasons")).anyMatch(r -> r.contains("исчерпан"));

        driver.pay(first + "-P", first, "150000.00");
        status = get(SALES, "/api/credit-status?inn=" + debtor.inn()).getBody();
        assertThat((Boolean) JsonPath.read(status, "$.hold")).isFalse();
        assertThat(JsonPath.read(status, "$.available").toString()).isEqualTo("100000.0");

        String second = Fixtures.invoiceNumber("CRS");
        IntakeResult small = driver.open(Fixtures.invoice(second, debtor, "20000.00", LocalDate.now().plusDays(20)));
        transaction.executeWithoutResult(s -> lifecycle.enter(small.caseId(), CaseStage.PRE_TRIAL_CLAIM));
        status = get(SALES, "/api/credit-status?inn=" + debtor.inn()).getBody();
        assertThat((Boolean) JsonPath.read(status, "$.hold")).isTrue();
        assertThat((List<String>) JsonPath.read(status, "$.reasons")).anyMatch(r -> r.contains(second) && r.contains("Претензия"));
        assertThat(JsonPath.read(status, "$.limit").toString()).isEqualTo("0.0");

        driver.pay(second + "-P", second, "20000.00");
        status = get(SALES, "/api/credit-status?inn=" + debtor.inn()).getBody();
        assertThat((Boolean) JsonPath.read(status, "$.hold")).as(status).isFalse();
        String credit = get(OFFICER, "/api/debtors/" + debtorOf(big) + "/credit").getBody();
        assertThat((List<String>) JsonPath.read(credit, "$.history[*].rule")).startsWith("RESTORE", "ZERO");

        // the technical role reads the status and nothing else
        assertThat(get(SALES, "/api/cases?debtorInn=" + debtor.inn()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(SALES, "/api/debtors/" + debtorOf(big) + "/credit").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(SALES, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/credit-status?inn=" + debtor.inn(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theLimitRisesAfterFiveInvoicesOnTimeFallsAfterLatenessAndAPinnedLimitStays() {
        DebtorRequest debtor = Fixtures.organisation("ООО «Дисциплина»");
        long debtorId = 0;
        for (int i = 0; i < 5; i++) {
            String number = Fixtures.invoiceNumber("LIM");
            debtorId = debtorOf(driver.open(Fixtures.invoice(number, debtor, "10000.00", LocalDate.now().plusDays(10))));
            driver.pay(number + "-P", number, "10000.00");
        }
        String credit = get(OFFICER, "/api/debtors/" + debtorId + "/credit").getBody();
        assertThat(JsonPath.read(credit, "$.limit").toString()).isEqualTo("120000.0");
        assertThat((String) JsonPath.read(credit, "$.history[0].reason")).contains("в срок");

        String late = Fixtures.invoiceNumber("LIM");
        driver.open(new dev.inkasso.invoice.InvoiceRequest(late, debtor, null, new java.math.BigDecimal("10000.00"),
                LocalDate.now().minusDays(60), LocalDate.now().minusDays(45), null, null));
        driver.pay(late + "-P", late, "10000.00");
        credit = get(OFFICER, "/api/debtors/" + debtorId + "/credit").getBody();
        assertThat(JsonPath.read(credit, "$.limit").toString()).isEqualTo("60000.0");
        assertThat((String) JsonPath.read(credit, "$.history[0].rule")).isEqualTo("LOWER");

        assertThat(put(OFFICER, debtorId, Map.of("limit", "50000.00", "reason", "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> noReason = put(MANAGER, debtorId, Map.of("limit", "50000.00"));
        assertThat((List<String>) JsonPath.read(noReason.getBody(), "$.errors[*].field")).containsExactly("reason");
        ResponseEntity<String> pinned = put(MANAGER, debtorId, Map.of("limit", "50000.00", "reason", "Договор поручительства"));
        assertThat((Boolean) JsonPath.read(pinned.getBody(), "$.pinned")).isTrue();
        for (int i = 0; i < 5; i++) {
            String number = Fixtures.invoiceNumber("LIM");
            driver.open(Fixtures.invoice(number, debtor, "1000.00", LocalDate.now().plusDays(10)));
            driver.pay(number + "-P", number, "1000.00");
        }
        credit = get(OFFICER, "/api/debtors/" + debtorId + "/credit").getBody();
        assertThat(JsonPath.read(credit, "$.limit").toString()).isEqualTo("50000.0");
        assertThat((Boolean) JsonPath.read(credit, "$.pinned")).isTrue();
        assertThat((String) JsonPath.read(credit, "$.history[0].actor")).isEqualTo(MANAGER);
        assertThat((Integer) JsonPath.read(credit, "$.score")).isBetween(0, 100);
    }

    @Test
    void aPaymentThatLeavesTheInvoiceUnpaidReviewsNothingAndThePaymentThatSettlesItDoes() {
        DebtorRequest debtor = Fixtures.organisation("ООО «Частями»");
        String first = Fixtures.invoiceNumber("PRT");
        long debtorId = debtorOf(driver.open(Fixtures.invoice(first, debtor, "10000.00", LocalDate.now().plusDays(10))));
        driver.pay(first + "-P1", first, "4000.00");
        // nothing the rule table reads has changed: the limit was not even looked at (it is created when first read)
        assertThat(limitChanges(debtorId)).isEmpty();

        driver.pay(first + "-P2", first, "6000.00");
        assertThat(limitChanges(debtorId)).containsExactly("INITIAL");
        // four more on time, each in two parts: the fifth invoice settled on time raises the limit at its last part
        for (int i = 0; i < 4; i++) {
            String number = Fixtures.invoiceNumber("PRT");
            driver.open(Fixtures.invoice(number, debtor, "10000.00", LocalDate.now().plusDays(10)));
            driver.pay(number + "-P1", number, "4000.00");
            assertThat(limitChanges(debtorId)).as("after a part of invoice %d", i + 2).containsExactly("INITIAL");
            driver.pay(number + "-P2", number, "6000.00");
        }
        assertThat(limitChanges(debtorId)).containsExactly("INITIAL", "RAISE");
        String credit = get(OFFICER, "/api/debtors/" + debtorId + "/credit").getBody();
        assertThat(JsonPath.read(credit, "$.limit").toString()).isEqualTo("120000.0");
    }

    private List<String> limitChanges(long debtorId) {
        return jdbc.sql("select rule from inkasso.credit_limit_change where debtor_id = :debtor order by changed_at, id")
                .param("debtor", debtorId).query(String.class).list();
    }

    private long debtorOf(IntakeResult r) {
        return jdbc.sql("select i.debtor_id from inkasso.invoice i where i.id = :id").param("id", r.invoiceId()).query(Long.class).single();
    }

    private ResponseEntity<String> put(String user, long debtorId, Map<String, Object> body) {
        return as(user).exchange("/api/debtors/" + debtorId + "/credit/limit", org.springframework.http.HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(body), String.class);
    }
}
