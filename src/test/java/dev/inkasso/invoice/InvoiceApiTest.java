package dev.inkasso.invoice;

import dev.inkasso.debtcase.InvoiceRepository;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

class InvoiceApiTest extends ApiTest {
    @Autowired
    RuntimeService runtime;
    @Autowired
    InvoiceRepository invoices;
    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Object> invoiceJson(String number, String inn) {
        return Map.of("number", number, "amount", "125000.50", "issueDate", "2026-02-01", "dueDate", "2026-03-01",
                "contractRef", "Договор № 7", "penaltyRatePerDay", "0.001",
                "debtor", Map.of("type", "ORGANIZATION", "name", "ООО «Ромашка»", "inn", inn,
                        "email", Fixtures.email(), "phone", "+7 495 111-11-11", "address", "г. Москва",
                        "timeZone", "Europe/Moscow"));
    }

    @Test
    void anInvoiceOpensACaseAndStartsItsProcessWithTheInvoiceNumberAsBusinessKey() {
        String number = Fixtures.invoiceNumber("API");
        ResponseEntity<String> created = post(FEED, "/api/invoices", invoiceJson(number, Fixtures.organisationInn()));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String pid = JsonPath.read(created.getBody(), "$.processInstanceId");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).singleResult().getBusinessKey())
                .isEqualTo(number);
        Number caseId = JsonPath.read(created.getBody(), "$.caseId");

        String view = get(OFFICER, "/api/cases/" + caseId).getBody();
        assertThat((String) JsonPath.read(view, "$.invoiceNumber")).isEqualTo(number);
        assertThat((String) JsonPath.read(view, "$.status")).isEqualTo("OPEN");
        assertThat(JsonPath.<Number>read(view, "$.principal").doubleValue()).isEqualTo(125000.50);
        assertThat(JsonPath.<Number>read(view, "$.outstanding").doubleValue()).isEqualTo(125000.50);
        assertThat((String) JsonPath.read(view, "$.debtor.name")).isEqualTo("ООО «Ромашка»");
    }

    @Test
    void aDuplicateInvoiceNumberIsAConflictAndWritesNothing() {
        String number = Fixtures.invoiceNumber("DUP");
        assertThat(post(FEED, "/api/invoices", invoiceJson(number, Fixtures.organisationInn())).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        long instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count();

        ResponseEntity<String> again = post(FEED, "/api/invoices", invoiceJson(number, Fixtures.organisationInn()));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) JsonPath.read(again.getBody(), "$.errors[0].field")).isEqualTo("number");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isEqualTo(instances);
    }

    @Test
    void anInvalidInvoiceIsRefusedNamingEveryBadField() {
        Map<String, Object> bad = Map.of("number", "", "amount", "-5", "issueDate", "2026-03-01", "dueDate", "2026-02-01",
                "debtor", Map.of("type", "ORGANIZATION", "name", "ООО «Ромашка»", "inn", "7707083890", "email", "not-an-email"));

        ResponseEntity<String> response = post(FEED, "/api/invoices", bad);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        List<String> fields = JsonPath.read(response.getBody(), "$.errors[*].field");
        assertThat(fields).contains("number", "amount", "dueDate", "debtor.inn", "debtor.email");
    }

    @Test
    void aMalformedDateNamesItsField() {
        Map<String, Object> bad = Map.of("number", Fixtures.invoiceNumber("DATE"), "amount", "100", "issueDate", "01/02/2026",
                "dueDate", "2026-02-01", "debtorId", 1);

        ResponseEntity<String> response = post(FEED, "/api/invoices", bad);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) JsonPath.read(response.getBody(), "$.errors[0].field")).isEqualTo("issueDate");
    }

    @Test
    void aNumberIsNoDate() {
        Map<String, Object> bad = Map.of("number", Fixtures.invoiceNumber("EPOCH"), "amount", "100", "issueDate", 5,
                "dueDate", "2026-03-01", "debtor", Map.of("type", "ORGANIZATION", "name", "ООО «Эпоха»",
                        "inn", Fixtures.organisationInn(), "email", Fixtures.email()));
        ResponseEntity<String> response = post(FEED, "/api/invoices", bad);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) JsonPath.read(response.getBody(), "$.errors[0].field")).isEqualTo("issueDate");
    }

    @Test
    void aCsvImportOpensEveryRow() {
        String a = Fixtures.invoiceNumber("CSV");
        String b = Fixtures.invoiceNumber("CSV");
        String inn = Fixtures.organisationInn();
        String csv = InvoiceCsv.COLUMNS.stream().reduce((x, y) -> x + ";" + y).orElseThrow() + "\n"
                + a + ";ORGANIZATION;ООО «Альфа»;" + inn + ";;alfa@example.ru;;г. Москва;Europe/Moscow;1 500,00;01.02.2026;2026-03-01;;;\n"
                + b + ";ORGANIZATION;ООО «Альфа»;" + inn + ";;alfa@example.ru;;г. Москва;Europe/Moscow;2500.10;2026-02-01;2026-03-10;Д-1;0.001;LONG_TERM_PARTNER\n";

        ResponseEntity<String> response = postCsv(FEED, csv);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Integer) JsonPath.read(response.getBody(), "$.imported")).isEqualTo(2);
        assertThat(invoices.numbersOnRecord(List.of(a, b))).hasSize(2);
        String page = get(OFFICER, "/api/cases?debtorInn=" + inn).getBody();
        assertThat((Integer) JsonPath.read(page, "$.totalElements")).as("one debtor, two cases").isEqualTo(2);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(b).count()).isEqualTo(1);
    }

    @Test
    void aCsvLargerThanOneEngineCommandStartsEveryCaseAtItsFirstTimer() {
        int rows = InvoiceImport.STARTS_PER_COMMAND + 1;
        String prefix = Fixtures.invoiceNumber("CHUNK");
        String inn = Fixtures.organisationInn();
        LocalDate due = LocalDate.now().plusDays(20);
        StringBuilder csv = new StringBuilder("number;debtorType;debtorName;inn;email;amount;issueDate;dueDate\n");
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append('-').append(i).append(";ORGANIZATION;ООО «Дельта»;").append(inn)
                    .append(";delta@example.ru;100.00;").append(due.minusDays(30)).append(';').append(due).append('\n');
        }

        ResponseEntity<String> response = postCsv(FEED, csv.toString());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Integer) JsonPath.read(response.getBody(), "$.imported")).isEqualTo(rows);
        // each case names its own process, started with the invoice's number and waiting at one timer
        assertThat(jdbc.queryForObject("""
                select count(distinct c.id) from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id
                  join act_ru_execution e on e.id_ = c.process_instance_id and e.business_key_ = i.number
                  join act_ru_job j on j.process_instance_id_ = e.id_ and j.type_ = 'timer'
                 where i.number like ?""", Long.class, prefix + "-%")).isEqualTo(rows);
        assertThat(jdbc.queryForObject("""
                select count(*) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
                 where e.business_key_ like ?""", Long.class, prefix + "-%")).isEqualTo(rows);
    }

    @Test
    void aCsvWithOneBadRowWritesNothingAndNamesLineAndField() {
        String good = Fixtures.invoiceNumber("CSVOK");
        String bad = Fixtures.invoiceNumber("CSVBAD");
        String csv = "number;debtorType;debtorName;inn;email;amount;issueDate;dueDate\n"
                + good + ";ORGANIZATION;ООО «Бета»;" + Fixtures.organisationInn() + ";beta@example.ru;1000.00;2026-02-01;2026-03-01\n"
                + bad + ";ORGANIZATION;ООО «Гамма»;" + Fixtures.organisationInn() + ";gamma@example.ru;много;2026-02-01;2026-03-01\n";

        ResponseEntity<String> response = postCsv(FEED, csv);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Integer) JsonPath.read(response.getBody(), "$.errors[0].line")).isEqualTo(3);
        assertThat((String) JsonPath.read(response.getBody(), "$.errors[0].field")).isEqualTo("amount");
        assertThat(invoices.numbersOnRecord(List.of(good, bad))).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(good).count()).isZero();
    }

    @Test
    void casesCanBeFilteredByDebtorInnAndStatus() {
        String inn = Fixtures.organisationInn();
        post(FEED, "/api/invoices", invoiceJson(Fixtures.invoiceNumber("FLT"), inn));

        String page = get(OFFICER, "/api/cases?debtorInn=" + inn + "&status=OPEN&page=0&size=10").getBody();

        assertThat((Integer) JsonPath.read(page, "$.totalElements")).isEqualTo(1);
        assertThat((String) JsonPath.read(page, "$.content[0].debtorInn")).isEqualTo(inn);
        assertThat(get(OFFICER, "/api/cases?size=1000").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get(OFFICER, "/api/cases/999999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(LocalDate.parse((String) JsonPath.read(page, "$.content[0].dueDate"))).isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
