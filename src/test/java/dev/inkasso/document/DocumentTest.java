package dev.inkasso.document;

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
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Every document is a valid PDF, with the debtor, the invoice and the exact amounts in Russian, fonts embedded. */
class DocumentTest extends ApiTest {
    @Autowired
    ProcessDriver driver;

    @BeforeEach
    void march() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T07:00:00Z")));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "SIGNED_RECONCILIATION", mode = EnumSource.Mode.EXCLUDE)
    void eachDocumentIsAReadablePdfWithEmbeddedCyrillicFonts(DocumentType type) throws Exception {
        String number = Fixtures.invoiceNumber("DOC");
        DebtorRequest debtor = Fixtures.organisation("ООО «Ёлка и Щука»");
        IntakeResult r = driver.open(new InvoiceRequest(number, debtor, null, new BigDecimal("1234567.89"),
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 30), "Договор № 77-Д", null));
        driver.pay(number + "-P", number, "234567.89");

        ResponseEntity<String> created = post(OFFICER, "/api/cases/" + r.caseId() + "/documents", Map.of("type", type.name()));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Number docId = JsonPath.read(created.getBody(), "$.id");
        ResponseEntity<byte[]> pdf = as(OFFICER).getForEntity("/api/cases/" + r.caseId() + "/documents/" + docId, byte[].class);

        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.getBody())))
                .isEqualTo(JsonPath.read(created.getBody(), "$.sha256"));
        String text = Pdfs.text(pdf.getBody());
        assertThat(text).contains("ООО «Ёлка и Щука»").contains(debtor.inn());
        if (type != DocumentType.AGENCY_NOTICE) {
            assertThat(text).contains(number);
        }
        assertThat(text).contains(expectedAmount(type));
        assertThat(Pdfs.fonts(pdf.getBody())).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
    }

    private static String expectedAmount(DocumentType type) {
        return switch (type) {
            case PRE_TRIAL_CLAIM, DEBT_CALCULATION, COURT_ORDER_APPLICATION, STATEMENT_OF_CLAIM -> "1 000 000,00 руб.";
            case ENFORCEMENT_APPLICATION, BANK_ENFORCEMENT_APPLICATION -> "1 000 000,00 руб.";
            case RECONCILIATION_STATEMENT -> "1 234 567,89 руб.";
            case AGENCY_CASE_FILE, AGENCY_NOTICE -> "1 000 000,00 руб.";
            case INTERACTION_LOG -> "234 567,89 руб.";
            case SIGNED_RECONCILIATION -> throw new IllegalArgumentException("an uploaded scan, not generated");
        };
    }

    @org.junit.jupiter.api.Test
    void regeneratingMakesANewVersionAndKeepsTheOld() {
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("DOCV"), "5000.00", LocalDate.of(2026, 1, 30)));
        post(OFFICER, "/api/cases/" + r.caseId() + "/documents", Map.of("type", "RECONCILIATION_STATEMENT"));
        post(OFFICER, "/api/cases/" + r.caseId() + "/documents", Map.of("type", "RECONCILIATION_STATEMENT"));

        String list = get(OFFICER, "/api/cases/" + r.caseId() + "/documents").getBody();
        assertThat((List<Integer>) JsonPath.read(list, "$[*].version")).containsExactly(1, 2);
        assertThat(post(OFFICER, "/api/cases/" + r.caseId() + "/documents", Map.of("type", "PASSPORT")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        // a scan is uploaded, never generated
        assertThat(post(OFFICER, "/api/cases/" + r.caseId() + "/documents", Map.of("type", "SIGNED_RECONCILIATION")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
