package dev.inkasso.communication;

import dev.inkasso.hold.HoldReason;
import dev.inkasso.hold.Holds;
import static dev.inkasso.workflow.DebtCaseProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.casefile.CaseQueries;
import dev.inkasso.debtcase.CaseStatus;
import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.Mailbox;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.web.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A hold pauses the case: no letters, no timers; it resumes by itself on its end date, exactly where it stood. */
class HoldTest extends ApiTest {
    @Autowired
    ProcessDriver driver;
    @Autowired
    Holds holds;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    CaseQueries cases;

    @BeforeEach
    void tuesdayMorning() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-03T07:00:00Z"))); // Tue 10:00 MSK
    }

    private static void later(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
    }

    private Job timer(IntakeResult r) {
        return management.createJobQuery().processInstanceId(r.processInstanceId()).timers().singleResult();
    }

    @Test
    void duringAHoldNothingIsSentAndTimersWaitThenItResumesOnItsEndDate() {
        DebtorRequest debtor = Fixtures.organisation("ООО «Пауза»");
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("HOLD"), debtor, "20000.00", LocalDate.of(2026, 1, 30)));
        driver.fireTimer(r, TIMER_DUE_DATE);
        driver.fireTimer(r, TIMER_FRIENDLY_REMINDER_DUE);      // reminder queued, not yet sent
        Instant secondNoticeDue = timer(r).getDuedate().toInstant();

        ResponseEntity<String> placed = post(OFFICER, "/api/cases/" + r.caseId() + "/holds",
                Map.of("reason", "HARDSHIP", "until", "2026-02-14", "note", "Смерть родственника"));
        assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Instant pausedAt = ClockUtil.getCurrentTime().toInstant();

        driver.deliverMail();
        assertThat(Mailbox.to(debtor.email())).as("no letter during the hold").isEmpty();
        assertThat(timer(r).isSuspended()).as("the escalation timer does not run").isTrue();
        assertThat((Boolean) JsonPath.read(get(OFFICER, "/api/cases/" + r.caseId()).getBody(), "$.onHold")).isTrue();

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-13T21:00:00Z"))); // 14.02.2026 00:00 MSK
        assertThat(holds.liftExpired()).isEqualTo(1);

        Duration paused = Duration.between(pausedAt, ClockUtil.getCurrentTime().toInstant());
        assertThat(timer(r).isSuspended()).isFalse();
        assertThat(timer(r).getDuedate().toInstant()).isEqualTo(secondNoticeDue.plus(paused));
        later(Duration.ofHours(10));                                  // Saturday is no business day for an organisation …
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-16T07:00:00Z"))); // … Monday 10:00 is
        driver.deliverMail();
        assertThat(Mailbox.to(debtor.email())).as("the held letter goes out after the hold").hasSize(1);
        String view = get(OFFICER, "/api/cases/" + r.caseId()).getBody();
        assertThat((Boolean) JsonPath.read(view, "$.onHold")).isFalse();
        assertThat((String) JsonPath.read(view, "$.holds[0].reason")).isEqualTo("HARDSHIP");
        assertThat((String) JsonPath.read(view, "$.holds[0].liftedBy")).isEqualTo("system");
    }

    @Test
    void aHoldCanBeLiftedByHandAndAPaymentStillClosesAHeldCase() {
        String number = Fixtures.invoiceNumber("HOLDPAY");
        IntakeResult r = driver.open(Fixtures.invoice(number, "20000.00", LocalDate.of(2026, 1, 30)));
        driver.fireTimer(r, TIMER_DUE_DATE);
        long first = holds.place(r.caseId(), HoldReason.DISPUTE, null, "Спор по качеству", "officer").getId();

        assertThat(as(OFFICER).exchange("/api/cases/" + r.caseId() + "/holds/" + first,
                org.springframework.http.HttpMethod.DELETE, null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(r.processInstanceId()).active().count()).isEqualTo(1);

        holds.place(r.caseId(), HoldReason.OTHER, null, null, "officer");
        driver.pay(number + "-P", number, "20000.00");

        assertThat(cases.get(r.caseId()).status()).isEqualTo(CaseStatus.PAID);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(r.processInstanceId()).count()).isZero();
    }

    @Test
    void aHoldNeedsAKnownReasonAndAFutureEndDate() {
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("HOLDBAD"), "1000.00", LocalDate.of(2026, 1, 30)));

        assertThat(post(OFFICER, "/api/cases/" + r.caseId() + "/holds", Map.of("reason", "BORED")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThatThrownBy(() -> holds.place(r.caseId(), HoldReason.OTHER, LocalDate.of(2026, 1, 1), null, "officer"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anOfficerPlacesAHoldWithTheTasklistStartForm() {
        String number = Fixtures.invoiceNumber("HOLDFORM");
        IntakeResult r = driver.open(Fixtures.invoice(number, "1000.00", LocalDate.of(2026, 1, 30)));

        ResponseEntity<String> started = post(OFFICER, "/engine-rest/process-definition/key/place-hold/start", Map.of(
                "variables", Map.of(
                        "invoiceNumber", Map.of("value", number, "type", "String"),
                        "holdReason", Map.of("value", "HARDSHIP", "type", "String"),
                        "holdUntil", Map.of("value", "2026-03-01", "type", "String"),
                        "holdNote", Map.of("value", "Больница", "type", "String"))));

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(holds.isOnHold(r.caseId())).isTrue();
        assertThat(holds.history(r.caseId()).get(0).getPlacedBy()).isEqualTo(OFFICER);

        ResponseEntity<String> unknown = post(OFFICER, "/engine-rest/process-definition/key/place-hold/start", Map.of(
                "variables", Map.of("invoiceNumber", Map.of("value", "NO-SUCH", "type", "String"),
                        "holdReason", Map.of("value", "OTHER", "type", "String"))));
        assertThat(unknown.getStatusCode().is4xxClientError()).isTrue();
        assertThat(unknown.getBody()).contains("invoiceNumber");
    }
}
