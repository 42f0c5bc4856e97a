package dev.inkasso.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad requests across the API: each answers 4xx — with the field named where a field is at fault — never 500, and
 * writes nothing (the domain tables' row counts are the same after).
 */
class HostileInputTest extends ApiTest {
    private static final String[] TABLES = {"invoice", "debtor", "debt_case", "payment", "case_hold", "contact_restriction",
        "key_rate", "agency", "agency_report", "document", "write_off", "court_case", "enforcement"};
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String SQL = "x'); drop table inkasso.invoice; --";

    @Autowired
    ProcessDriver driver;
    @Autowired
    JdbcTemplate jdbc;
    private IntakeResult target;

    /** One bad request: who sends what where, and whether the answer must name a field. */
    record Bad(String name, String user, HttpMethod method, String path, Object body, String contentType, boolean namesField) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeEach
    void aCase() {
        target = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("HOST"), "5000.00", LocalDate.of(2026, 1, 10)));
    }

    private static Map<String, Object> invoice(Map<String, Object> overrides) {
        Map<String, Object> debtor = new java.util.HashMap<>(Map.of("type", "ORGANIZATION", "name", "ООО «Злой»",
                "inn", Fixtures.organisationInn(), "email", "evil@example.ru"));
        Map<String, Object> body = new java.util.HashMap<>(Map.of("number", Fixtures.invoiceNumber("BAD"), "amount", "100.00",
                "issueDate", "2026-01-01", "dueDate", "2026-02-01", "debtor", debtor));
        overrides.forEach((k, v) -> {
            if (k.startsWith("debtor.")) {
                if (v == null) {
                    debtor.remove(k.substring(7));
                } else {
                    debtor.put(k.substring(7), v);
                }
            } else if (v == null) {
                body.remove(k);
            } else {
                body.put(k, v);
            }
        });
        return body;
    }

    private static Bad json(String name, String user, HttpMethod method, String path, Object body) {
        return new Bad(name, user, method, path, body, MediaType.APPLICATION_JSON_VALUE, true);
    }

    private static Bad anyError(String name, String user, HttpMethod method, String path, Object body) {
        return new Bad(name, user, method, path, body, MediaType.APPLICATION_JSON_VALUE, false);
    }

    private static Bad csv(String name, Object body) {
        return new Bad(name, FEED, HttpMethod.POST, "/api/invoices/import", body, "text/csv", false);
    }

    static Stream<Bad> badRequests() {
        String header = "number;debtorType;debtorName;inn;email;amount;issueDate;dueDate\n";
        String huge = "x".repeat(20_000);
        return Stream.of(
                json("invoice: empty body", FEED, HttpMethod.POST, "/api/invoices", Map.of()),
                anyError("invoice: not JSON", FEED, HttpMethod.POST, "/api/invoices", "{not json"),
                json("invoice: amount is text", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("amount", "abc"))),
                json("invoice: negative amount", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("amount", "-1"))),
                json("invoice: zero amount", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("amount", "0"))),
                json("invoice: over-precise amount", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("amount", "10.001"))),
                json("invoice: absurd amount", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("amount", "1e20"))),
                json("invoice: impossible date", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("issueDate", "2026-02-30"))),
                json("invoice: number as date", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("issueDate", 5))),
                json("invoice: due before issue", FEED, HttpMethod.POST, "/api/invoices",
                        invoice(Map.of("issueDate", "2026-03-01", "dueDate", "2026-02-01"))),
                json("invoice: ИНН checksum", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("debtor.inn", "7707083894"))),
                json("invoice: ИНН letters", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("debtor.inn", "77070838AB"))),
                json("invoice: ОГРН checksum", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("debtor.ogrn", "1027700132196"))),
                json("invoice: unknown debtor type", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("debtor.type", "ALIEN"))),
                json("invoice: no debtor name", FEED, HttpMethod.POST, "/api/invoices", invoice(java.util.Collections.singletonMap("debtor.name", null))),
                json("invoice: huge number", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("number", huge))),
                json("invoice: huge debtor name", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("debtor.name", huge))),
                json("invoice: bad email", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("debtor.email", SCRIPT))),
                json("invoice: negative penalty", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("penaltyRatePerDay", "-0.1"))),
                json("invoice: unknown debtor id", FEED, HttpMethod.POST, "/api/invoices",
                        invoice(Map.of("debtorId", 987_654_321L, "debtor", Map.of()))),
                json("invoice: bad time zone", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("debtor.timeZone", "Mars/Olympus"))),
                json("invoice: script in amount", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("amount", SCRIPT))),
                json("invoice: SQL in date", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("dueDate", SQL))),
                csv("csv: empty", ""),
                csv("csv: header only with a bad row", header + "N1;ORGANIZATION;ООО «А»;123;a@b.ru;100;2026-01-01;2026-02-01\n"),
                csv("csv: missing columns", "number;amount\nN2;100\n"),
                csv("csv: wrong encoding", (header + "N3;ORGANIZATION;ООО «Ёж»;7707083893;a@b.ru;100;2026-01-01;2026-02-01\n")
                        .getBytes(Charset.forName("windows-1251"))),
                new Bad("csv: 50 MB", FEED, HttpMethod.POST, "/api/invoices/import",
                        (header + "N5;ORGANIZATION;ООО «Большой»;7707083893;a@b.ru;100;2026-01-01;2026-02-01\n").repeat(700_000),
                        "text/csv", false),
                json("invoice: 5 MB name", FEED, HttpMethod.POST, "/api/invoices", invoice(Map.of("debtor.name", "Я".repeat(5_000_000)))),
                csv("csv: amount text", header + "N4;ORGANIZATION;ООО «Б»;7707083893;a@b.ru;много;2026-01-01;2026-02-01\n"),
                json("payment: empty", MANAGER, HttpMethod.POST, "/api/payments", Map.of()),
                json("payment: negative", MANAGER, HttpMethod.POST, "/api/payments", Map.of("paymentId", "P-NEG", "invoiceNumber", "X",
                        "amount", "-5", "paidAt", "2026-02-01", "method", "SBP")),
                json("payment: over-precise", MANAGER, HttpMethod.POST, "/api/payments", Map.of("paymentId", "P-PREC", "invoiceNumber", "X",
                        "amount", "1.001", "paidAt", "2026-02-01", "method", "SBP")),
                json("payment: bad date", MANAGER, HttpMethod.POST, "/api/payments", Map.of("paymentId", "P-DATE", "invoiceNumber", "X",
                        "amount", "1.00", "paidAt", "yesterday", "method", "SBP")),
                json("payment: unknown method", MANAGER, HttpMethod.POST, "/api/payments", Map.of("paymentId", "P-BTC", "invoiceNumber", "X",
                        "amount", "1.00", "paidAt", "2026-02-01", "method", "BITCOIN")),
                json("payment: huge id", MANAGER, HttpMethod.POST, "/api/payments", Map.of("paymentId", huge, "invoiceNumber", "X",
                        "amount", "1.00", "paidAt", "2026-02-01", "method", "SBP")),
                json("hold: no reason", OFFICER, HttpMethod.POST, "/api/cases/{case}/holds", Map.of("note", "x")),
                json("hold: unknown reason", OFFICER, HttpMethod.POST, "/api/cases/{case}/holds", Map.of("reason", "NAP")),
                json("hold: until in the past", OFFICER, HttpMethod.POST, "/api/cases/{case}/holds", Map.of("reason", "OTHER", "until", "2020-01-01")),
                json("hold: until not a date", OFFICER, HttpMethod.POST, "/api/cases/{case}/holds", Map.of("reason", "OTHER", "until", "soon")),
                json("hold: case id text", OFFICER, HttpMethod.POST, "/api/cases/abc/holds", Map.of("reason", "OTHER")),
                anyError("hold: unknown case", OFFICER, HttpMethod.POST, "/api/cases/987654321/holds", Map.of("reason", "OTHER")),
                anyError("hold: lift unknown", OFFICER, HttpMethod.DELETE, "/api/cases/{case}/holds/987654321", null),
                json("restriction: unknown kind", OFFICER, HttpMethod.POST, "/api/debtors/{debtor}/contact-restrictions", Map.of("kind", "NOPE")),
                json("restriction: representative without email", OFFICER, HttpMethod.POST, "/api/debtors/{debtor}/contact-restrictions",
                        Map.of("kind", "REPRESENTATIVE_ONLY")),
                json("restriction: reversed dates", OFFICER, HttpMethod.POST, "/api/debtors/{debtor}/contact-restrictions",
                        Map.of("kind", "INPATIENT", "validFrom", "2026-05-01", "validUntil", "2026-04-01")),
                json("key rate: negative", MANAGER, HttpMethod.POST, "/api/key-rates", Map.of("effectiveFrom", "2026-04-01",
                        "ratePercent", "-1", "source", "ЦБ РФ")),
                json("key rate: month 13", MANAGER, HttpMethod.POST, "/api/key-rates", Map.of("effectiveFrom", "2026-13-01",
                        "ratePercent", "15", "source", "ЦБ РФ")),
                json("key rate: known-until missing", MANAGER, HttpMethod.PUT, "/api/key-rates/known-until", Map.of()),
                json("agency: commission 150 %", MANAGER, HttpMethod.POST, "/api/agencies", Map.of("name", "А", "email", "a@b.ru",
                        "commissionPercent", "150", "slaDays", 30, "acceptsTypes", List.of("INDIVIDUAL"))),
                json("agency: no SLA", MANAGER, HttpMethod.POST, "/api/agencies", Map.of("name", "А", "email", "a@b.ru",
                        "commissionPercent", "10", "slaDays", 0, "acceptsTypes", List.of("INDIVIDUAL"))),
                json("agency: martian debtors", MANAGER, HttpMethod.POST, "/api/agencies", Map.of("name", "А", "email", "a@b.ru",
                        "commissionPercent", "10", "slaDays", 30, "acceptsTypes", List.of("MARTIAN"))),
                json("agency: bad email", MANAGER, HttpMethod.POST, "/api/agencies", Map.of("name", "А", "email", SQL,
                        "commissionPercent", "10", "slaDays", 30, "acceptsTypes", List.of("INDIVIDUAL"))),
                anyError("agency report: unknown agency", MANAGER, HttpMethod.POST, "/api/agencies/987654321/reports",
                        Map.of("caseId", 1, "reportId", "R", "kind", "CONTACT_RESULT")),
                json("claim reply: blank", OFFICER, HttpMethod.POST, "/api/cases/{case}/claim-reply", Map.of("text", " ")),
                anyError("claim reply: no claim", OFFICER, HttpMethod.POST, "/api/cases/{case}/claim-reply", Map.of("text", "Не согласны")),
                json("document: unknown type", OFFICER, HttpMethod.POST, "/api/cases/{case}/documents", Map.of("type", "PASSPORT")),
                anyError("document: unknown id", OFFICER, HttpMethod.GET, "/api/cases/{case}/documents/987654321", null),
                json("calculation: principal text", OFFICER, HttpMethod.POST, "/api/calculations/interest-395",
                        Map.of("principal", "abc", "dueDate", "2025-01-01", "endDate", "2025-02-01")),
                json("calculation: reversed dates", OFFICER, HttpMethod.POST, "/api/calculations/interest-395",
                        Map.of("principal", "100.00", "dueDate", "2025-03-01", "endDate", "2025-02-01")),
                json("calculation: unknown court", OFFICER, HttpMethod.POST, "/api/calculations/state-fee",
                        Map.of("court", "MOON", "amount", "100.00", "filingDate", "2025-01-01")),
                json("calculation: negative claim", OFFICER, HttpMethod.POST, "/api/calculations/court-route",
                        Map.of("debtorType", "ORGANIZATION", "amount", "-1")),
                json("cases: unknown stage", OFFICER, HttpMethod.GET, "/api/cases?stage=NOPE", null),
                json("cases: unknown status", OFFICER, HttpMethod.GET, "/api/cases?status=MAYBE", null),
                json("case: id text", OFFICER, HttpMethod.GET, "/api/cases/abc", null),
                anyError("case: unknown", OFFICER, HttpMethod.GET, "/api/cases/987654321", null),
                json("debtor: id text", OFFICER, HttpMethod.GET, "/api/debtors/abc", null),
                anyError("court: filing package of a case not in court", OFFICER, HttpMethod.GET, "/api/cases/{case}/court/filing-package", null));
    }

    @org.junit.jupiter.api.Test
    void markupAndSqlInDebtorDataAreStoredVerbatimAndPrintedAsText() throws Exception {
        String name = "ООО «<b>Жирный</b> & Co»" + SQL;
        String number = Fixtures.invoiceNumber("ESC");
        ResponseEntity<String> created = post(FEED, "/api/invoices", invoice(Map.of("number", number, "debtor.name", name,
                "debtor.address", SCRIPT)));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        long caseId = ((Number) com.jayway.jsonpath.JsonPath.read(created.getBody(), "$.caseId")).longValue();
        assertThat(get(OFFICER, "/api/cases/" + caseId).getBody()).contains("<b>Жирный</b> & Co");
        assertThat(jdbc.queryForObject("select count(*) from inkasso.invoice", Long.class)).as("the table is still there").isPositive();

        ResponseEntity<String> document = post(OFFICER, "/api/cases/" + caseId + "/documents", Map.of("type", "RECONCILIATION_STATEMENT"));
        assertThat(document.getStatusCode().value()).as(document.getBody()).isEqualTo(201);
        Number docId = com.jayway.jsonpath.JsonPath.read(document.getBody(), "$.id");
        byte[] pdf = as(OFFICER).getForEntity("/api/cases/" + caseId + "/documents/" + docId, byte[].class).getBody();
        assertThat(dev.inkasso.support.Pdfs.text(pdf)).contains("<b>Жирный</b> & Co");
    }

    private long rows() {
        long total = 0;
        for (String table : TABLES) {
            total += jdbc.queryForObject("select count(*) from inkasso." + table, Long.class);
        }
        return total;
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void aBadRequestIsRefusedNamingTheFieldAndWritesNothing(Bad bad) {
        String path = bad.path().replace("{case}", String.valueOf(target.caseId()))
                .replace("{debtor}", String.valueOf(jdbc.queryForObject("select debtor_id from inkasso.invoice i join inkasso.debt_case c "
                        + "on c.invoice_id = i.id where c.id = ?", Long.class, target.caseId())));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(bad.contentType()));
        long before = rows();

        ResponseEntity<String> answer = as(bad.user()).exchange(path, bad.method(), new HttpEntity<>(bad.body(), headers), String.class);

        assertThat(answer.getStatusCode().is4xxClientError()).as("%s → %s %s", bad.name(), answer.getStatusCode(), answer.getBody()).isTrue();
        if (bad.namesField()) {
            assertThat(answer.getBody()).as(bad.name()).contains("\"field\":\"");
        }
        assertThat(rows()).as("%s wrote nothing", bad.name()).isEqualTo(before);
    }
}
