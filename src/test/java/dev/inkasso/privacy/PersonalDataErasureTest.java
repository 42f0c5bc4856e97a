package dev.inkasso.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.casefile.CaseQueries;
import dev.inkasso.debtcase.CaseStatus;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** 152-ФЗ: a debtor's contact data is erased when its purpose is over; the accounting facts stay. */
class PersonalDataErasureTest extends ApiTest {
    @Autowired
    ProcessDriver driver;
    @Autowired
    CaseQueries cases;
    @Autowired
    JdbcTemplate jdbc;

    private long debtorOf(IntakeResult r) {
        return jdbc.queryForObject("select i.debtor_id from inkasso.invoice i join inkasso.debt_case c on c.invoice_id = i.id "
                + "where c.id = ?", Long.class, r.caseId());
    }

    @Test
    void contactDataGoesOnlyOnceEveryCaseIsClosedAndTheRetentionPeriodIsOver() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-03T07:00:00Z")));
        String number = Fixtures.invoiceNumber("PD");
        IntakeResult r = driver.open(Fixtures.invoice(number, "700.00", LocalDate.of(2026, 2, 20)));
        long debtor = debtorOf(r);
        String erase = "/api/debtors/" + debtor + "/erase";

        assertThat(post(MANAGER, erase, null).getStatusCode()).as("an open case").isEqualTo(HttpStatus.CONFLICT);
        driver.pay(number + "-P", number, "700.00");
        assertThat(cases.get(r.caseId()).status()).isEqualTo(CaseStatus.PAID);
        ResponseEntity<String> tooEarly = post(MANAGER, erase, null);
        assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(tooEarly.getBody()).contains("2029-02-03");
        assertThat(post(OFFICER, erase, null).getStatusCode()).as("managers only").isEqualTo(HttpStatus.FORBIDDEN);

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2029-02-04T07:00:00Z")));
        ResponseEntity<String> erased = post(MANAGER, erase, null);

        assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
        String view = get(MANAGER, "/api/debtors/" + debtor).getBody();
        assertThat((Object) JsonPath.read(view, "$.email")).isNull();
        assertThat((Object) JsonPath.read(view, "$.address")).isNull();
        assertThat((String) JsonPath.read(view, "$.inn")).hasSize(10);
        assertThat(jdbc.queryForList("select recipient from inkasso.outbox_message where case_id = ?", String.class, r.caseId()))
                .allMatch(PersonalDataErasure.ERASED::equals);
        assertThat(cases.get(r.caseId()).paid()).as("the accounting facts stay").isEqualByComparingTo("700.00");
        assertThat(cases.get(r.caseId()).interactions()).anySatisfy(i -> assertThat(i.kind()).isEqualTo("PERSONAL_DATA"));
    }
}
