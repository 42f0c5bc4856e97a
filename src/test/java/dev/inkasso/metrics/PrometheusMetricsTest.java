package dev.inkasso.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.workflow.DebtCaseProcess.Groups;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * {@code /actuator/prometheus} carries the book: a new case and a partial payment move the outstanding gauge of the
 * case's stage by exactly what is owed, and the open-case and status counts by one. Monitoring may scrape, officers not.
 */
class PrometheusMetricsTest extends ApiTest {
    private static final String MONITOR = "testmonitor";

    @Autowired
    ProcessDriver driver;
    @Autowired
    BusinessMetrics metrics;

    @Test
    void aNewCaseAndAPartialPaymentMoveTheGaugesByExactlyTheirAmounts() {
        metrics.refresh();
        String before = scrape();
        String number = Fixtures.invoiceNumber("PROM");
        IntakeResult r = driver.open(Fixtures.invoice(number, "12345.67", LocalDate.of(2026, 3, 1)));
        driver.fireTimer(r, dev.inkasso.workflow.DebtCaseProcess.Elements.TIMER_DUE_DATE);
        driver.fireTimer(r, dev.inkasso.workflow.DebtCaseProcess.Elements.TIMER_FRIENDLY_REMINDER_DUE); // one letter queued
        driver.pay(number + "-P", number, "1000.50");
        String stage = JsonPath.read(get(MANAGER, "/api/cases/" + r.caseId()).getBody(), "$.stage");

        metrics.refresh();
        String after = scrape();

        assertThat(value(after, "inkasso_outstanding_rub", "stage", stage).subtract(value(before, "inkasso_outstanding_rub", "stage", stage)))
                .isEqualByComparingTo("11345.17");
        assertThat(value(after, "inkasso_open_cases", "stage", stage).subtract(value(before, "inkasso_open_cases", "stage", stage)))
                .isEqualByComparingTo("1");
        assertThat(value(after, "inkasso_cases", "status", "OPEN").subtract(value(before, "inkasso_cases", "status", "OPEN")))
                .isEqualByComparingTo("1");
        assertThat(total(after, "inkasso_letters").subtract(total(before, "inkasso_letters"))).as("the friendly reminder")
                .isEqualByComparingTo("1");
        assertThat(after).contains("figure=\"open_tasks\"").contains("figure=\"incidents\"")
                .contains("figure=\"failed_jobs\"");
    }

    @Test
    void monitoringAndManagersMayScrapeOfficersMayNotAndMonitoringSeesNothingElse() {
        identity.ensureUser(MONITOR, PASSWORD, "Prometheus", Groups.MONITORING);
        assertThat(get(MONITOR, "/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(MONITOR, "/api/cases").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(OFFICER, "/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private String scrape() {
        var answer = get(MANAGER, "/actuator/prometheus");
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    /** The sum of every sample of {@code metric}. */
    private static BigDecimal total(String scrape, String metric) {
        return Pattern.compile("(?m)^" + metric + "\\{[^}]*} (\\S+)$").matcher(scrape).results()
                .map(m -> new BigDecimal(m.group(1))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The sample of {@code metric} whose label {@code label} is {@code value}; 0 if the series is absent. */
    private static BigDecimal value(String scrape, String metric, String label, String value) {
        Matcher m = Pattern.compile("(?m)^" + metric + "\\{[^}]*" + label + "=\"" + value + "\"[^}]*} (\\S+)$").matcher(scrape);
        return m.find() ? new BigDecimal(m.group(1)).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO;
    }
}
