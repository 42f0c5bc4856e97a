package dev.inkasso.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.casefile.CaseQueries;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class PaymentApiTest extends ApiTest {
    @Autowired
    ProcessDriver driver;
    @Autowired
    CaseQueries cases;
    @Autowired
    UnmatchedPaymentRepository unmatched;
    @Autowired
    PaymentRepository payments;

    private Map<String, Object> payment(String id, String invoice, String amount) {
        return Map.of("paymentId", id, "invoiceNumber", invoice, "amount", amount,
                "paidAt", "2026-03-05T10:15:00+03:00", "method", "SBP");
    }

    @Test
    void aPaymentPostedTwiceIsCountedOnceAndAnsweredTheSame() {
        String number = Fixtures.invoiceNumber("PAY2X");
        IntakeResult r = driver.open(Fixtures.invoice(number, "90000.00", LocalDate.of(2026, 3, 1)));

        ResponseEntity<String> first = post(FEED, "/api/payments", payment(number + "-B1", number, "30000.00"));
        ResponseEntity<String> second = post(FEED, "/api/payments", payment(number + "-B1", number, "30000.00"));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody()).isEqualTo(first.getBody());
        assertThat(cases.get(r.caseId()).paid()).isEqualByComparingTo("30000.00");
        assertThat(cases.get(r.caseId()).outstanding()).isEqualByComparingTo("60000.00");
    }

    @Test
    void concurrentDuplicatesOfOnePaymentAreCountedOnce() throws Exception {
        String number = Fixtures.invoiceNumber("PAYRACE");
        IntakeResult r = driver.open(Fixtures.invoice(number, "90000.00", LocalDate.of(2026, 3, 1)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CompletableFuture<?>[] posts = new CompletableFuture<?>[4];
            for (int i = 0; i < posts.length; i++) {
                posts[i] = CompletableFuture.supplyAsync(
                        () -> post(FEED, "/api/payments", payment(number + "-R1", number, "10000.00")), pool);
            }
            CompletableFuture.allOf(posts).join();
            for (CompletableFuture<?> post : posts) {
                assertThat(((ResponseEntity<?>) post.get()).getStatusCode()).isEqualTo(HttpStatus.OK);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(cases.get(r.caseId()).paid()).isEqualByComparingTo("10000.00");
        assertThat(payments.findByCaseIdOrderByPaidAtAsc(r.caseId())).hasSize(1);
    }

    @Test
    void twentyCopiesOfOnePaymentAndAnotherPaymentAtOnceAreEachCountedOnceWithOneAnswer() throws Exception {
        String number = Fixtures.invoiceNumber("PAY20");
        IntakeResult r = driver.open(Fixtures.invoice(number, "90000.00", LocalDate.of(2026, 3, 1)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<CompletableFuture<ResponseEntity<String>>> posts = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                posts.add(CompletableFuture.supplyAsync(() -> post(MANAGER, "/api/payments", payment(number + "-A", number, "10000.00")), pool));
                posts.add(CompletableFuture.supplyAsync(() -> post(MANAGER, "/api/payments", payment(number + "-B", number, "2500.55")), pool));
            }
            CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
        }
        java.util.Set<String> answers = new java.util.HashSet<>();
        for (CompletableFuture<ResponseEntity<String>> post : posts) {
            assertThat(post.get().getStatusCode()).as(post.get().getBody()).isEqualTo(HttpStatus.OK);
            answers.add(post.get().getBody());
        }
        assertThat(answers).as("one answer per payment, whichever copy arrived first").hasSize(2);
        assertThat(payments.findByCaseIdOrderByPaidAtAsc(r.caseId())).hasSize(2);
        assertThat(cases.get(r.caseId()).paid()).isEqualByComparingTo("12500.55");
        assertThat(cases.get(r.caseId()).outstanding()).isEqualByComparingTo("77499.45");
    }

    @Test
    void aPaymentForAnUnknownInvoiceIsKeptAsUnmatchedAndAnswered422() {
        String paymentId = Fixtures.invoiceNumber("ORPHAN");

        ResponseEntity<String> response = post(FEED, "/api/payments", payment(paymentId, "NO-SUCH-INVOICE", "1500.00"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((String) JsonPath.read(response.getBody(), "$.errors[0].field")).isEqualTo("invoiceNumber");
        UnmatchedPayment kept = unmatched.findByExternalId(paymentId).orElseThrow();
        assertThat(kept.getAmount()).isEqualByComparingTo("1500.00");
        assertThat(kept.getInvoiceNumber()).isEqualTo("NO-SUCH-INVOICE");
        assertThat(get(OFFICER, "/api/payments/unmatched").getBody()).contains(paymentId);
        // posting it again keeps one record
        assertThat(post(FEED, "/api/payments", payment(paymentId, "NO-SUCH-INVOICE", "1500.00")).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(unmatched.findAll().stream().filter(u -> u.getExternalId().equals(paymentId))).hasSize(1);
    }

    @Test
    void anUnmatchedPaymentPostedAgainOnceItsInvoiceExistsStaysUnmatchedAndIsNotCounted() {
        String number = Fixtures.invoiceNumber("LATE");
        String paymentId = number + "-P1";
        assertThat(post(FEED, "/api/payments", payment(paymentId, number, "1500.00")).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        IntakeResult r = driver.open(Fixtures.invoice(number, "9000.00", LocalDate.of(2026, 3, 1)));

        ResponseEntity<String> again = post(FEED, "/api/payments", payment(paymentId, number, "1500.00"));

        // the bank's feed repeats what it sent; a person decides what the kept payment pays
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(payments.findByExternalId(paymentId)).isEmpty();
        assertThat(cases.get(r.caseId()).paid()).isEqualByComparingTo("0.00");
        assertThat(unmatched.findAll().stream().filter(u -> u.getExternalId().equals(paymentId))).hasSize(1);
    }

    @Test
    void anInvalidPaymentNamesItsFieldsAndWritesNothing() {
        String paymentId = Fixtures.invoiceNumber("BADPAY");
        ResponseEntity<String> response = post(FEED, "/api/payments",
                Map.of("paymentId", paymentId, "invoiceNumber", "X", "amount", "-1", "paidAt", "yesterday", "method", "GOLD"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JsonPath.<java.util.List<String>>read(response.getBody(), "$.errors[*].field"))
                .containsExactlyInAnyOrder("amount", "paidAt", "method");
        assertThat(payments.findByExternalId(paymentId)).isEmpty();
        assertThat(unmatched.findByExternalId(paymentId)).isEmpty();
    }
}
