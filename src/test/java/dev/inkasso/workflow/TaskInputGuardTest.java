package dev.inkasso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.workflow.DebtCaseProcess.Elements;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A user task accepts exactly the input fields of its form, through every door of the engine REST API (the
 * doors Tasklist uses too); anything else is refused with 400 naming the variable, and nothing is written.
 */
class TaskInputGuardTest extends ApiTest {
    @Autowired
    ProcessDriver driver;
    @Autowired
    RuntimeService runtime;

    private IntakeResult caseAtNegotiation(String prefix) {
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber(prefix), "10000.00", LocalDate.of(2026, 1, 10)));
        driver.toNegotiation(r);
        return r;
    }

    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> typed = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return Map.of("variables", typed);
    }

    private void assertRefusedNaming(ResponseEntity<String> answer, String variable, IntakeResult r, long caseId) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("\"field\":\"" + variable + "\"");
        assertThat(driver.activeActivities(r)).as("the task stays open").containsExactly(Elements.TASK_NEGOTIATE);
        assertThat(runtime.getVariable(r.processInstanceId(), DebtCaseProcess.Vars.CASE_ID)).isEqualTo(caseId);
        assertThat(runtime.getVariable(r.processInstanceId(), DebtCaseProcess.Vars.NEGOTIATION_OUTCOME)).as("nothing written").isNull();
    }

    @Test
    void completingATaskCannotRepointTheProcessAtAnotherCase() {
        IntakeResult other = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("OTHER"), "500.00", LocalDate.of(2026, 1, 10)));
        IntakeResult r = caseAtNegotiation("REPOINT");
        String taskId = driver.negotiationTask(r).getId();

        ResponseEntity<String> refused = post(OFFICER, "/engine-rest/task/" + taskId + "/complete",
                variables(Map.of("negotiationOutcome", "REFUSED", "caseId", other.caseId())));

        assertRefusedNaming(refused, "caseId", r, r.caseId());
    }

    @Test
    void displayFieldsAndProcessOwnedVariablesAreNoInput() {
        IntakeResult r = caseAtNegotiation("VIEW");
        String taskId = driver.negotiationTask(r).getId();

        assertRefusedNaming(post(OFFICER, "/engine-rest/task/" + taskId + "/submit-form",
                variables(Map.of("negotiationOutcome", "REFUSED", "viewOutstanding", "0,00 ₽"))), "viewOutstanding", r, r.caseId());
        assertRefusedNaming(post(OFFICER, "/engine-rest/task/" + taskId + "/complete",
                variables(Map.of("negotiationOutcome", "REFUSED", "overdueAt", "2030-01-01T00:00:00"))), "overdueAt", r, r.caseId());
    }

    @Test
    void variablesCannotBeWrittenOrRemovedOnTheTaskOutsideItsForm() {
        IntakeResult r = caseAtNegotiation("PUTVAR");
        String taskId = driver.negotiationTask(r).getId();

        ResponseEntity<String> put = as(OFFICER).exchange("/engine-rest/task/" + taskId + "/variables/caseId", HttpMethod.PUT,
                new HttpEntity<>(Map.of("value", 1, "type", "Long")), String.class);
        assertRefusedNaming(put, "caseId", r, r.caseId());

        ResponseEntity<String> local = post(OFFICER, "/engine-rest/task/" + taskId + "/localVariables",
                Map.of("modifications", Map.of("caseId", Map.of("value", 1, "type", "Long"))));
        assertRefusedNaming(local, "caseId", r, r.caseId());

        ResponseEntity<String> removed = as(OFFICER).exchange("/engine-rest/task/" + taskId + "/variables/caseId",
                HttpMethod.DELETE, null, String.class);
        assertRefusedNaming(removed, "caseId", r, r.caseId());
    }

    @Test
    void theFormsOwnFieldsAreAccepted() {
        IntakeResult r = caseAtNegotiation("FORMOK");
        String taskId = driver.negotiationTask(r).getId();

        ResponseEntity<String> done = post(OFFICER, "/engine-rest/task/" + taskId + "/submit-form",
                variables(Map.of("negotiationOutcome", "NO_CONTACT", "negotiationNote", "Не отвечает")));

        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        driver.settle(r);
        assertThat(driver.activeActivities(r)).doesNotContain(Elements.TASK_NEGOTIATE);
    }
}
