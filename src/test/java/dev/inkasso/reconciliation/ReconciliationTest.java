package dev.inkasso.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.invoice.InvoiceRequest;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.Pdfs;
import dev.inkasso.support.ProcessDriver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/** Reconciliation statements: the ledger's totals on the PDF, the mailing, the officer's task and what a signature does. */
class ReconciliationTest extends ApiTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Moscow"));

    @Autowired
    ProcessDriver driver;
    @Autowired
    JdbcClient jdbc;

    /** An invoice issued before the period (partly paid in it) and one issued in it; returns the two cases. */
    private IntakeResult[] book(DebtorRequest debtor, String older, String newer) {
        IntakeResult a = driver.open(new InvoiceRequest(older, debtor, null, new BigDecimal("100000.00"),
                TODAY.minusDays(100), TODAY.minusDays(70), "Договор № 5", null));
        IntakeResult b = driver.open(new InvoiceRequest(newer, debtor, null, new BigDecimal("50000.55"),
                TODAY.minusDays(20), TODAY.plusDays(10), "Договор № 5", null));
        driver.pay(older + "-P", older, "30000.10");
        return new IntakeResult[] {a, b};
    }

    private long debtorOf(IntakeResult r) {
        return jdbc.sql("select debtor_id from inkasso.invoice where id = :id").param("id", r.invoiceId()).query(Long.class).single();
    }

    private String send(long debtorId) {
        ResponseEntity<String> sent = post(OFFICER, "/api/debtors/" + debtorId + "/reconciliation",
                Map.of("periodFrom", TODAY.minusDays(30).toString(), "periodTo", TODAY.toString()));
        assertThat(sent.getStatusCode()).as(sent.getBody()).isEqualTo(HttpStatus.CREATED);
        return sent.getBody();
    }

    private String taskOf(String sent) {
        String tasks = get(OFFICER, "/engine-rest/task?processInstanceId=" + JsonPath.read(sent, "$.processInstanceId")).getBody();
        return JsonPath.read(tasks, "$[0].id");
    }

    @Test
    void theStatementShowsTheLedgerToTheKopeckAndASignatureRestartsTheLimitationPeriod() throws Exception {
        DebtorRequest debtor = Fixtures.organisation("ООО «Сверка»");
        String older = Fixtures.invoiceNumber("REC");
        String newer = Fixtures.invoiceNumber("REC");
        IntakeResult[] cases = book(debtor, older, newer);
        long debtorId = debtorOf(cases[0]);
        LocalDate limitationBefore = LocalDate.parse(JsonPath.read(get(OFFICER, "/api/cases/" + cases[0].caseId()).getBody(),
                "$.limitation.expiresOn"));

        String sent = send(debtorId);
        Number documentId = JsonPath.read(sent, "$.documentId");
        String list = get(OFFICER, "/api/debtors/" + debtorId + "/documents").getBody();
        assertThat((List<String>) JsonPath.read(list, "$[*].type")).containsExactly("RECONCILIATION_STATEMENT");
        assertThat((Integer) JsonPath.read(list, "$[0].version")).isEqualTo(1);
        ResponseEntity<byte[]> pdf = as(OFFICER).getForEntity("/api/debtors/" + debtorId + "/documents/" + documentId, byte[].class);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        String text = Pdfs.text(pdf.getBody());
        // opening 100 000,00 (the older invoice); in the period +50 000,55 −30 000,10; closing 120 000,45
        assertThat(text).contains("ООО «Сверка»").contains("Сальдо начальное").contains("100 000,00")
                .contains("50 000,55").contains("30 000,10").contains("120 000,45").contains(newer);
        assertThat(jdbc.sql("select count(*) from inkasso.outbox_message where document_id = :doc and kind = 'RECONCILIATION_STATEMENT'")
                .param("doc", documentId.longValue()).query(Long.class).single()).isEqualTo(1);

        // the scan of the signed statement, then the officer's task
        assertThat(upload(debtorId, "не PDF".getBytes()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> scan = upload(debtorId, "%PDF-1.4\n%подписано\n".getBytes());
        assertThat(scan.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Number scanId = JsonPath.read(scan.getBody(), "$.documentId");
        String taskId = taskOf(sent);
        // the officers' task: lawyers neither see nor complete it
        assertThat(get("testlawyer", "/engine-rest/task?processInstanceId=" + JsonPath.read(sent, "$.processInstanceId")).getBody())
                .isEqualTo("[]");
        assertThat(post("testlawyer", "/engine-rest/task/" + taskId + "/complete", Map.of("variables",
                Map.of("reconciliationResult", Map.of("value", "NOT_RETURNED")))).getStatusCode().value()).isIn(403, 404);
        ResponseEntity<String> refused = post(OFFICER, "/engine-rest/task/" + taskId + "/complete", Map.of("variables",
                Map.of("reconciliationResult", Map.of("value", "SIGNED"))));
        assertThat((List<String>) JsonPath.read(refused.getBody(), "$.errors[*].field")).containsExactly("signedOn");
        LocalDate signedOn = TODAY;
        ResponseEntity<String> done = post(OFFICER, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
                "reconciliationResult", Map.of("value", "SIGNED"), "signedOn", Map.of("value", signedOn.toString()),
                "scanDocumentId", Map.of("value", scanId.intValue()))));
        assertThat(done.getStatusCode().is2xxSuccessful()).as(done.getBody()).isTrue();

        String view = get(OFFICER, "/api/cases/" + cases[0].caseId()).getBody();
        LocalDate limitationAfter = LocalDate.parse(JsonPath.read(view, "$.limitation.expiresOn"));
        assertThat(limitationAfter).isAfter(limitationBefore).isBetween(signedOn.plusYears(3), signedOn.plusYears(3).plusDays(2));
        assertThat((String) JsonPath.read(view, "$.limitation.basis")).contains("RECONCILIATION_STATEMENT");
        // the newer invoice is not yet due: its period cannot start before the day after its due date (ст. 200 ГК РФ)
        LocalDate newerRunsFrom = TODAY.plusDays(11);
        assertThat(LocalDate.parse(JsonPath.read(get(OFFICER, "/api/cases/" + cases[1].caseId()).getBody(), "$.limitation.expiresOn")))
                .isBetween(newerRunsFrom.plusYears(3), newerRunsFrom.plusYears(3).plusDays(2));
        assertThat((List<String>) JsonPath.read(get(OFFICER, "/api/debtors/" + debtorId + "/documents").getBody(), "$[*].type"))
                .containsExactly("RECONCILIATION_STATEMENT", "SIGNED_RECONCILIATION");
    }

    @Test
    void aDisagreementOpensADisputeOnTheNamedInvoiceOnly() {
        DebtorRequest debtor = Fixtures.organisation("ООО «Не согласны»");
        String older = Fixtures.invoiceNumber("RED");
        String newer = Fixtures.invoiceNumber("RED");
        IntakeResult[] cases = book(debtor, older, newer);
        String sent = send(debtorOf(cases[0]));
        ResponseEntity<String> done = post(OFFICER, "/engine-rest/task/" + taskOf(sent) + "/complete", Map.of("variables", Map.of(
                "reconciliationResult", Map.of("value", "DISAGREED"),
                "disagreementReason", Map.of("value", "Оплата 10.11 на 20 000 ₽ не учтена"),
                "disputedInvoiceNumber", Map.of("value", older))));
        assertThat(done.getStatusCode().is2xxSuccessful()).as(done.getBody()).isTrue();

        String holds = get(OFFICER, "/api/cases/" + cases[0].caseId() + "/holds").getBody();
        assertThat((List<String>) JsonPath.read(holds, "$[?(@.active == true)].reason")).containsExactly("DISPUTE");
        assertThat((List<String>) JsonPath.read(get(OFFICER, "/api/cases/" + cases[1].caseId() + "/holds").getBody(),
                "$[?(@.active == true)].reason")).isEmpty();
    }

    @Test
    void badPeriodsAreRefusedNamingTheFieldAndWriteNothing() {
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("REB"), "1000.00", TODAY.plusDays(5)));
        long debtorId = debtorOf(r);
        ResponseEntity<String> bad = post(OFFICER, "/api/debtors/" + debtorId + "/reconciliation",
                Map.of("periodFrom", TODAY.toString(), "periodTo", TODAY.plusDays(1).toString()));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(bad.getBody(), "$.errors[*].field")).containsExactly("periodTo");
        assertThat(get(OFFICER, "/api/debtors/" + debtorId + "/documents").getBody()).isEqualTo("[]");
        assertThat(get(OFFICER, "/api/debtors/999999999/documents").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<String> upload(long debtorId, byte[] bytes) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return "scan.pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as(OFFICER).postForEntity("/api/debtors/" + debtorId + "/documents", new HttpEntity<>(body, headers), String.class);
    }
}
