package dev.inkasso.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.casefile.CaseQueries;
import dev.inkasso.debtcase.CaseStatus;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.workflow.DebtCaseProcess;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/payments/import}: a bank statement of payments, each received once, all or none written. */
class PaymentStatementApiTest extends ApiTest {
    private static final String IMPORT = "/api/payments/import";
    @Autowired
    ProcessDriver driver;
    @Autowired
    CaseQueries cases;
    @Autowired
    PaymentRepository payments;
    @Autowired
    UnmatchedPaymentRepository unmatched;
    @Autowired
    HistoryService history;

    private static Map<String, Object> payment(String id, String invoice, String amount) {
        return Map.of("paymentId", id, "invoiceNumber", invoice, "amount", amount,
                "paidAt", "2026-03-05", "method", "BANK_TRANSFER");
    }

    @Test
    void aStatementRecordsEachPaymentTellsEachProcessAndKeepsTheUnmatched() {
        String partly = Fixtures.invoiceNumber("STMA");
        String settled = Fixtures.invoiceNumber("STMB");
        String unknown = Fixtures.invoiceNumber("STMX");
        IntakeResult a = driver.open(Fixtures.invoice(partly, "90000.00", LocalDate.of(2026, 3, 1)));
        IntakeResult b = driver.open(Fixtures.invoice(settled, "5000.00", LocalDate.of(2026, 3, 1)));
        List<Map<String, Object>> statement = List.of(
                payment(partly + "-1", partly, "30000.00"),
                payment(settled + "-1", settled, "2000.00"),
                payment(unknown + "-1", unknown, "700.00"),
                payment(partly + "-2", partly, "0.55"),
                payment(settled + "-2", settled, "3000.00"));

        ResponseEntity<String> response = post(FEED, IMPORT, statement);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        String body = response.getBody();
        assertThat(JsonPath.<Integer>read(body, "$.received")).isEqualTo(5);
        assertThat(JsonPath.<Integer>read(body, "$.recorded")).isEqualTo(4);
        assertThat(JsonPath.<Integer>read(body, "$.unmatched")).isEqualTo(1);
        assertThat(JsonPath.<List<String>>read(body, "$.payments[*].outcome"))
                .containsExactly("RECORDED", "RECORDED", "UNMATCHED", "RECORDED", "RECORDED");
        assertThat(JsonPath.<Integer>read(body, "$.payments[0].caseId")).isEqualTo((int) a.caseId());
        assertThat(JsonPath.<Integer>read(body, "$.payments[2].unmatchedPaymentId"))
                .isEqualTo(unmatched.findByExternalId(unknown + "-1").orElseThrow().getId().intValue());
        assertThat(cases.get(a.caseId()).paid()).isEqualByComparingTo("30000.55");
        assertThat(cases.get(a.caseId()).outstanding()).isEqualByComparingTo("59999.45");
        // each process heard each of its payments; the second of case B's settled it
        assertThat(appliedPayments(a)).isEqualTo(2);
        assertThat(appliedPayments(b)).isEqualTo(2);
        driver.settle(b);
        assertThat(driver.instance(b)).isNull();
        assertThat(cases.get(b.caseId()).status()).isEqualTo(CaseStatus.PAID);
        assertThat(driver.instance(a)).isNotNull();
    }

    @Test
    void aStatementPostedAgainChangesNothingAndSaysWhatWasRecordedBefore() {
        String number = Fixtures.invoiceNumber("STMAGAIN");
        IntakeResult r = driver.open(Fixtures.invoice(number, "3000.00", LocalDate.of(2026, 3, 1)));
        // the bank's feed sent one payment on its own before, then both in the day's statement, then the statement again
        post(FEED, "/api/payments", payment(number + "-1", number, "1000.00"));
        List<Map<String, Object>> statement = List.of(payment(number + "-1", number, "1000.00"),
                payment(number + "-2", number, "2000.00"), payment(number + "-X", "NO-SUCH-" + number, "5.00"));

        String first = post(FEED, IMPORT, statement).getBody();
        ResponseEntity<String> again = post(FEED, IMPORT, statement);

        assertThat(JsonPath.<List<String>>read(first, "$.payments[*].outcome"))
                .containsExactly("ALREADY_RECORDED", "RECORDED", "UNMATCHED");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<List<String>>read(again.getBody(), "$.payments[*].outcome"))
                .containsExactly("ALREADY_RECORDED", "ALREADY_RECORDED", "UNMATCHED");
        assertThat(JsonPath.<Integer>read(again.getBody(), "$.alreadyRecorded")).isEqualTo(2);
        assertThat(cases.get(r.caseId()).paid()).isEqualByComparingTo("3000.00");
        assertThat(payments.findByCaseIdOrderByPaidAtAsc(r.caseId())).hasSize(2);
        assertThat(appliedPayments(r)).isEqualTo(2);
        // the statement's payment settled the case together with the one posted before it
        driver.settle(r);
        assertThat(cases.get(r.caseId()).status()).isEqualTo(CaseStatus.PAID);
        assertThat(unmatched.findAll().stream().filter(u -> u.getExternalId().equals(number + "-X"))).hasSize(1);
    }

    @Test
    void aStatementWithABadPaymentNamesEachFieldByIndexAndWritesNothing() {
        String number = Fixtures.invoiceNumber("STMBAD");
        IntakeResult r = driver.open(Fixtures.invoice(number, "90000.00", LocalDate.of(2026, 3, 1)));
        List<Map<String, Object>> statement = List.of(
                payment(number + "-1", number, "100.00"),
                Map.of("paymentId", number + "-2", "invoiceNumber", number, "amount", "-5", "paidAt", "2026-03-05",
                        "method", "GOLD"),
                payment(number + "-1", number, "100.00"),
                payment(number + "-4", "NO-SUCH-" + number, "5.00"));

        ResponseEntity<String> response = post(FEED, IMPORT, statement);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JsonPath.<List<String>>read(response.getBody(), "$.errors[*].field"))
                .containsExactlyInAnyOrder("[1].amount", "[1].method", "[2].paymentId");
        assertThat(payments.findByCaseIdOrderByPaidAtAsc(r.caseId())).isEmpty();
        assertThat(unmatched.findByExternalId(number + "-4")).isEmpty();
        assertThat(post(FEED, IMPORT, List.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<Map<String, Object>> tooLong = java.util.Collections.nCopies(PaymentStatement.MAX_PAYMENTS + 1,
                payment(number + "-5", number, "1.00"));
        assertThat(post(FEED, IMPORT, tooLong).getBody()).contains("post it in parts");
        assertThat(JsonPath.<String>read(post(FEED, IMPORT, List.of(Map.of("paymentId", "P", "amount", "ten"))).getBody(),
                "$.errors[0].field")).isEqualTo("[0].amount");
    }

    @Test
    void statementsThatOverlapPostedAtOnceCountEachPaymentOnceWithoutDeadlock() throws Exception {
        String x = Fixtures.invoiceNumber("STMRX");
        String y = Fixtures.invoiceNumber("STMRY");
        IntakeResult rx = driver.open(Fixtures.invoice(x, "90000.00", LocalDate.of(2026, 3, 1)));
        IntakeResult ry = driver.open(Fixtures.invoice(y, "90000.00", LocalDate.of(2026, 3, 1)));
        // the same payments, the cases named in opposite orders
        List<Map<String, Object>> forward = List.of(payment(x + "-1", x, "100.00"), payment(y + "-1", y, "200.00"));
        List<Map<String, Object>> backward = List.of(payment(y + "-1", y, "200.00"), payment(x + "-1", x, "100.00"),
                payment(y + "-2", y, "5.00"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<CompletableFuture<ResponseEntity<String>>> posts = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                List<Map<String, Object>> statement = i % 2 == 0 ? forward : backward;
                posts.add(CompletableFuture.supplyAsync(() -> post(FEED, IMPORT, statement), pool));
            }
            CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
        }
        for (CompletableFuture<ResponseEntity<String>> post : posts) {
            assertThat(post.get().getStatusCode()).as(post.get().getBody()).isEqualTo(HttpStatus.OK);
        }
        assertThat(cases.get(rx.caseId()).paid()).isEqualByComparingTo("100.00");
        assertThat(cases.get(ry.caseId()).paid()).isEqualByComparingTo("205.00");
        assertThat(appliedPayments(rx)).isEqualTo(1);
        assertThat(appliedPayments(ry)).isEqualTo(2);
    }

    private long appliedPayments(IntakeResult r) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(r.processInstanceId())
                .activityId(DebtCaseProcess.Elements.TASK_APPLY_PAYMENT).finished().count();
    }
}
