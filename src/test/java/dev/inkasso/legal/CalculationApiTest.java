package dev.inkasso.legal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.invoice.InvoiceRequest;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The calculation API as other systems call it: field names, number formats and errors are the contract. */
class CalculationApiTest extends ApiTest {
    @Autowired
    ProcessDriver driver;

    @Test
    void interest395ReturnsTheTotalAndThePeriodTable() {
        ResponseEntity<String> r = post(OFFICER, "/api/calculations/interest-395", Map.of(
                "principal", "200000.00", "dueDate", "2024-01-31", "endDate", "2024-03-31",
                "payments", List.of(Map.of("date", "2024-03-01", "amount", 50000))));

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getBody()).contains("\"total\":4590.16");
        assertThat((List<String>) JsonPath.read(r.getBody(), "$.periods[*].from")).containsExactly("2024-02-01", "2024-03-02");
        assertThat((List<Integer>) JsonPath.read(r.getBody(), "$.periods[*].days")).containsExactly(30, 30);
        assertThat((List<Integer>) JsonPath.read(r.getBody(), "$.periods[*].daysInYear")).containsExactly(366, 366);
        assertThat(r.getBody()).contains("\"base\":150000.00").contains("\"amount\":1967.21").contains("\"rate\":16.00");
    }

    @Test
    void penaltyWithACap() {
        ResponseEntity<String> r = post(OFFICER, "/api/calculations/penalty", Map.of(
                "principal", 100000, "dueDate", "2025-01-31", "endDate", "2025-12-31", "ratePerDay", 0.1, "capPercent", 10));

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getBody()).contains("\"total\":10000.00").contains("\"capped\":true");
    }

    @Test
    void stateFeeNamesTheScheduleAndFlagsUnconfirmedFacts() {
        String confirmed = post(OFFICER, "/api/calculations/state-fee", Map.of(
                "court", "ARBITRATION", "amount", "500000.00", "filingDate", "2025-03-01", "courtOrder", false)).getBody();
        assertThat(confirmed).contains("\"fee\":30000.00").contains("\"unconfirmed\":false").contains("333.21");

        String unconfirmed = post(OFFICER, "/api/calculations/state-fee", Map.of(
                "court", "GENERAL", "amount", "10000000.00", "filingDate", "2025-03-01", "courtOrder", false)).getBody();
        assertThat(unconfirmed).contains("\"fee\":87000.00").contains("\"unconfirmed\":true");
    }

    @Test
    void courtRouteComesFromTheDecisionTable() {
        String route = post(OFFICER, "/api/calculations/court-route",
                Map.of("debtorType", "SOLE_PROPRIETOR", "amount", 550000, "disputed", false)).getBody();
        assertThat(route).contains("\"procedure\":\"SIMPLIFIED\"").contains("\"court\":\"ARBITRATION\"");
    }

    @Test
    void badInputNamesTheField() {
        assertField(post(OFFICER, "/api/calculations/interest-395", Map.of(
                "principal", "-1", "dueDate", "2025-01-31", "endDate", "2025-03-01")), "principal");
        assertField(post(OFFICER, "/api/calculations/interest-395", Map.of(
                "principal", "100", "dueDate", "2025-01-31", "endDate", "2025-01-01")), "endDate");
        assertField(post(OFFICER, "/api/calculations/interest-395", Map.of(
                "principal", "100", "dueDate", "2025-01-31", "endDate", "2025-03-01", "currency", "USD")), "currency");
        assertField(post(OFFICER, "/api/calculations/interest-395", Map.of(
                "principal", "100", "dueDate", "2025-01-31", "endDate", "2025-03-01",
                "payments", List.of(Map.of("date", "2025-02-01", "amount", "-5")))), "payments[0].amount");
        assertField(post(OFFICER, "/api/calculations/state-fee", Map.of(
                "court", "MOON", "amount", "100", "filingDate", "2025-01-01")), "court");
        assertField(post(OFFICER, "/api/calculations/penalty", Map.of(
                "principal", "100", "dueDate", "2025-01-31", "endDate", "2025-03-01")), "ratePerDay");
    }

    @Test
    void aDateOutsideTheKeyRateTableIsRefusedNamingTheDate() {
        ResponseEntity<String> r = post(OFFICER, "/api/calculations/interest-395", Map.of(
                "principal", "1000.00", "dueDate", "2026-03-01", "endDate", "2099-12-31"));

        assertField(r, "endDate");
        assertThat(r.getBody()).contains("2099-12-31");
    }

    @Test
    void claimAmountOfACaseUsesTheSameCalculation() {
        String number = Fixtures.invoiceNumber("CLAIM");
        DebtorRequest debtor = Fixtures.organisation("ООО «Претензия»");
        IntakeResult c = driver.open(new InvoiceRequest(number, debtor, null, new BigDecimal("100000.00"),
                LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 1), null, null));

        String claim = get(OFFICER, "/api/cases/" + c.caseId() + "/claim-amount?asOf=2025-01-31").getBody();

        assertThat(claim).contains("\"principal\":100000.00").contains("\"interest\":1726.03")
                .contains("\"penalties\":0.00").contains("\"claimed\":101726.03")
                .contains("\"procedure\":\"COURT_ORDER\"").contains("\"court\":\"ARBITRATION\"")
                // court order in arbitration: half of 10 000 ₽ is 5 000, raised to the unconfirmed minimum of 8 000
                .contains("\"stateFee\":8000.00").contains("\"unconfirmed\":true").contains("\"total\":109726.03");
        assertField(get(OFFICER, "/api/cases/" + c.caseId() + "/claim-amount?asOf=2099-01-01"), "asOf");
    }

    @Test
    void managersExtendTheKeyRateTableOfficersCannot() {
        Map<String, Object> rate = Map.of("effectiveFrom", "2026-03-23", "ratePercent", "15.00", "source", "test");
        assertThat(post(OFFICER, "/api/key-rates", rate).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(OFFICER, "/api/key-rates").getStatusCode()).as("managers only").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(MANAGER, "/api/key-rates").getBody()).contains("\"knownUntil\":\"2026-03-22\"");
    }

    private static void assertField(ResponseEntity<String> response, String field) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(response.getBody(), "$.errors[*].field")).contains(field);
    }
}
