package dev.inkasso.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.workflow.DebtCaseProcess.Elements;
import dev.inkasso.workflow.DebtCaseProcess.Groups;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class SecurityTest extends ApiTest {
    @Autowired
    ProcessDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired
    IdentitySetup identitySetup;

    private IdentitySetup identity() {
        return identitySetup;
    }

    @Test
    void anonymousCallsToTheApiAndTheEngineRestApiAreRefused() {
        assertThat(http.getForEntity("/api/cases", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.postForEntity("/api/invoices", Map.of(), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void wrongPasswordsAreRefusedAndHealthStaysPublic() {
        // an officer of this test's own: a refused password pauses the user's next logins (the engine's lockout), and
        // the shared demo officer is signed in by every other test of this JVM
        String officer = "wrongpass" + System.nanoTime();
        identity.ensureUser(officer, PASSWORD, "Сотрудник", Groups.COLLECTORS);
        assertThat(http.withBasicAuth(officer, "wrong").getForEntity("/api/cases", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aRefusedPasswordCountsAgainstTheUserAndPausesTheirLogins() {
        String user = "lockout" + System.nanoTime();
        var identityService = engine.getIdentityService();
        var account = identityService.newUser(user);
        account.setPassword("Correct-Horse-1");
        identityService.saveUser(account);
        Date now = new Date();
        ClockUtil.setCurrentTime(now);

        assertThat(http.withBasicAuth(user, "wrong").getForEntity("/api/cases", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // the refusal was recorded (the engine delays the next login), though the check itself answered "no"
        assertThat(http.withBasicAuth(user, "Correct-Horse-1").getForEntity("/api/cases", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ClockUtil.setCurrentTime(new Date(now.getTime() + Duration.ofMinutes(5).toMillis()));
        // signed in once the delay is over; a user in no group may do nothing
        assertThat(http.withBasicAuth(user, "Correct-Horse-1").getForEntity("/api/cases", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void officersCannotReadTheOutboxOrTheDashboardButManagersCan() {
        assertThat(get(OFFICER, "/api/outbox").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(MANAGER, "/api/outbox").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(OFFICER, "/api/dashboard").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theDashboardCountsCasesAndMoneyByStage() {
        driver.open(Fixtures.invoice(Fixtures.invoiceNumber("DASH"), "12345.67", LocalDate.of(2026, 1, 10)));

        ResponseEntity<String> dashboard = get(MANAGER, "/api/dashboard");

        assertThat(dashboard.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Integer) JsonPath.read(dashboard.getBody(), "$.byStage.length()")).isPositive();
        assertThat(dashboard.getBody()).contains("\"redFlags\"").contains("\"agencies\"").contains("collectedThisMonth");
        java.net.http.HttpResponse<String> page = dev.inkasso.support.WebSession.login(http.getRootUri(), MANAGER, PASSWORD)
                .get("/dashboard");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Дела по этапам").contains("руб.");
        // the page is a browser's: without a session it sends to the login page, Basic credentials do not open it
        java.net.http.HttpResponse<String> anonymous = dev.inkasso.support.WebSession.anonymous(http.getRootUri()).get("/dashboard");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(get(MANAGER, "/dashboard").getBody()).doesNotContain("Дела по этапам");
    }

    @Test
    void anOfficerWorksTheNegotiationTaskThroughTheEngineRestApi() {
        IntakeResult r = caseAtNegotiation("REST");

        ResponseEntity<String> visible = get(OFFICER, "/engine-rest/task?processInstanceId=" + r.processInstanceId());
        assertThat(visible.getStatusCode()).isEqualTo(HttpStatus.OK);
        String taskId = JsonPath.read(visible.getBody(), "$[0].id");

        ResponseEntity<String> done = post(OFFICER, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("negotiationOutcome", Map.of("value", "REFUSED", "type", "String"))));

        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        driver.settle(r);
        assertThat(driver.activeActivities(r)).containsExactly(Elements.TASK_DECIDE_STRATEGY_AT_ESCALATION);
    }

    @Test
    void aPromiseDatedInThePastIsRefusedThroughTheEngineRestApiNamingTheVariable() {
        IntakeResult r = caseAtNegotiation("RESTBAD");
        String taskId = driver.negotiationTask(r).getId();

        ResponseEntity<String> refused = post(OFFICER, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of(
                        "negotiationOutcome", Map.of("value", "PROMISE_TO_PAY", "type", "String"),
                        "promisedAmount", Map.of("value", 5000, "type", "Integer"),
                        "promisedDate", Map.of("value", "2020-01-01", "type", "String"))));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("promisedDate");
        assertThat(driver.activeActivities(r)).containsExactly(Elements.TASK_NEGOTIATE);
    }

    private IntakeResult caseAtNegotiation(String prefix) {
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber(prefix), "10000.00", LocalDate.of(2026, 1, 10)));
        driver.toNegotiation(r);
        return r;
    }

    @Test
    void aUserOutsideTheCandidateGroupDoesNotSeeTheTask() {
        IntakeResult r = caseAtNegotiation("HIDE");

        String lawyerView = http.withBasicAuth("testlawyer", PASSWORD)
                .getForEntity("/engine-rest/task?processInstanceId=" + r.processInstanceId(), String.class).getBody();
        assertThat(lawyerView).isEqualTo("[]");
    }

    @Test
    void javaSerializedVariablesAreRefused() {
        IntakeResult r = caseAtNegotiation("JSER");
        identity().ensureUser("testadmin", PASSWORD, "Админ", dev.inkasso.workflow.DebtCaseProcess.Groups.ADMINS);
        ResponseEntity<String> answer = as("testadmin").exchange("/engine-rest/process-instance/" + r.processInstanceId()
                        + "/variables/payload", org.springframework.http.HttpMethod.PUT, new org.springframework.http.HttpEntity<>(Map.of(
                        "value", "rO0ABXQABWhlbGxv", "type", "Object", "valueInfo", Map.of("objectTypeName", "java.lang.String",
                                "serializationDataFormat", "application/x-java-serialized-object"))), String.class);

        assertThat(answer.getStatusCode().is4xxClientError()).as(answer.getBody()).isTrue();
        assertThat(answer.getBody()).contains("payload");
        assertThat(engine.getRuntimeService().getVariable(r.processInstanceId(), "payload")).isNull();
    }

    @Test
    void aFormPostedFromAPageOfAnotherSiteIsRefusedAndWritesNothing() {
        String number = Fixtures.invoiceNumber("CSRF");
        String inn = Fixtures.organisationInn();
        String csv = String.join(";", dev.inkasso.invoice.InvoiceCsv.COLUMNS) + "\n" + number
                + ";ORGANIZATION;ООО «Подлог»;" + inn
                + ";;podlog@example.ru;;г. Москва;Europe/Moscow;1000.00;2026-02-01;2026-03-01;;;\n";

        // what a hidden <form enctype="text/plain"> on evil.example makes a manager's browser send, Basic credentials cached
        org.springframework.http.HttpHeaders crossSite = new org.springframework.http.HttpHeaders();
        crossSite.setContentType(org.springframework.http.MediaType.TEXT_PLAIN);
        crossSite.set("Origin", "https://evil.example");
        ResponseEntity<String> forged = as(MANAGER).exchange("/api/invoices/import", org.springframework.http.HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(csv, crossSite), String.class);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forged.getBody()).contains("Cross-site request refused");
        crossSite.remove("Origin");
        crossSite.set("Referer", "https://evil.example/win-a-prize.html");
        assertThat(as(MANAGER).exchange("/api/invoices/import", org.springframework.http.HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(csv, crossSite), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(MANAGER, "/api/cases?debtorInn=" + inn).getBody()).contains("\"totalElements\":0");

        // the same import from this server's own page, and from a program without Origin, goes through
        org.springframework.http.HttpHeaders sameSite = new org.springframework.http.HttpHeaders();
        sameSite.setContentType(org.springframework.http.MediaType.parseMediaType("text/csv"));
        sameSite.set("Origin", http.getRootUri());
        ResponseEntity<String> own = as(MANAGER).exchange("/api/invoices/import", org.springframework.http.HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(csv, sameSite), String.class);
        assertThat(own.getStatusCode()).as(own.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(get(MANAGER, "/api/cases?debtorInn=" + inn).getBody()).contains(number);
    }
}
