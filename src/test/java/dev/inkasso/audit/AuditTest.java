package dev.inkasso.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Who did what, when and from where — for managers only. */
class AuditTest extends ApiTest {
    @Autowired
    ProcessDriver driver;

    private List<Map<String, Object>> events(String query) {
        ResponseEntity<String> page = get(MANAGER, "/api/audit?" + query);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return JsonPath.read(page.getBody(), "$.content");
    }

    @Test
    void holdsTaskCompletionsAndRefusedLoginsAreAuditedWithActorAndAddress() {
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("AUD"), "3000.00", LocalDate.of(2026, 1, 10)));
        driver.toNegotiation(r);
        ResponseEntity<String> hold = post(OFFICER, "/api/cases/" + r.caseId() + "/holds", Map.of("reason", "OTHER", "note", "Звонок юриста"));
        assertThat(hold.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long holdId = ((Number) JsonPath.read(hold.getBody(), "$.holdId")).longValue();
        as(OFFICER).delete("/api/cases/" + r.caseId() + "/holds/" + holdId);
        String taskId = driver.negotiationTask(r).getId();
        post(OFFICER, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of("negotiationOutcome", Map.of("value", "NO_CONTACT"))));
        // an unknown user: a known one would be locked for a while (Camunda's login delay), also for the tests after this
        String stranger = "stranger" + System.nanoTime();
        http.withBasicAuth(stranger, "wrong-password").getForEntity("/api/cases", String.class);

        List<Map<String, Object>> mine = events("actor=" + OFFICER + "&size=20");
        assertThat(mine).extracting(e -> e.get("action")).contains("HOLD_PLACED", "HOLD_LIFTED", "TASK_COMPLETED");
        assertThat(events("actor=" + stranger + "&action=LOGIN_FAILED")).isNotEmpty();
        assertThat(mine).filteredOn(e -> "HOLD_PLACED".equals(e.get("action")))
                .anySatisfy(e -> {
                    assertThat(e.get("subject")).isEqualTo("case " + r.caseId());
                    assertThat(e.get("remoteAddress")).isEqualTo("127.0.0.1");
                });
        assertThat(mine).filteredOn(e -> "TASK_COMPLETED".equals(e.get("action")))
                .anySatisfy(e -> assertThat((String) e.get("subject")).isEqualTo("debt-case/Task_Negotiate"));
        assertThat(get(OFFICER, "/api/audit").getStatusCode()).as("managers only").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aLoginIntoTheWebappsIsAudited() {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";")[0]).toList();
        String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow().substring("XSRF-TOKEN=".length());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
        headers.add("X-XSRF-TOKEN", token);
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", MANAGER);
        form.add("password", PASSWORD);

        ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/cockpit", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);

        assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(events("actor=" + MANAGER + "&action=LOGIN")).anySatisfy(e -> assertThat(e.get("subject")).isEqualTo("cockpit"));
    }
}
