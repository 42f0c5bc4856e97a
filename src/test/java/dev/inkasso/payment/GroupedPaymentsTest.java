package dev.inkasso.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.CaseWriter;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Single payments posted while both writers are busy are written together in one transaction (GroupCommit), and each
 * keeps its own answer. The writers are kept busy by two payments to cases another writer holds locked.
 */
class GroupedPaymentsTest extends ApiTest {
    @Autowired
    ProcessDriver driver;
    @Autowired
    CaseWriter writer;
    @Autowired
    MeterRegistry meters;
    @Autowired
    PaymentRepository payments;

    private final ExecutorService clients = Executors.newCachedThreadPool();

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void paymentsThatWaitAreWrittenTogetherAndARepeatedOneIsCountedOnce() throws Exception {
        List<String> numbers = new ArrayList<>();
        List<IntakeResult> cases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            numbers.add(Fixtures.invoiceNumber("GRP"));
            cases.add(driver.open(Fixtures.invoice(numbers.get(i), "10000.00", LocalDate.now().plusDays(20))));
        }
        // both writers wait at a case held by another transaction
        CaseWriter.Held first = writer.hold(cases.get(0).caseId(), () -> { });
        CaseWriter.Held second = writer.hold(cases.get(1).caseId(), () -> { });
        // one after the other: two posted at once may be taken together as one group, which waits at one case only
        Future<ResponseEntity<String>> intoFirst = pay(numbers.get(0) + "-P", numbers.get(0));
        writer.untilWaiting(1);
        Future<ResponseEntity<String>> intoSecond = pay(numbers.get(1) + "-P", numbers.get(1));
        writer.untilWaiting(2);
        // three payments wait for a writer, and the first of them is posted again (a bank's retry)
        List<Future<ResponseEntity<String>>> waiting = new ArrayList<>();
        for (int i = 2; i < 5; i++) {
            waiting.add(pay(numbers.get(i) + "-P", numbers.get(i)));
            untilWaitingForAWriter(waiting.size());
        }
        Future<ResponseEntity<String>> repeated = pay(numbers.get(2) + "-P", numbers.get(2));
        untilWaitingForAWriter(4);
        double groupedBefore = grouped();

        first.releaseAndAwaitCommit();
        second.releaseAndAwaitCommit();

        for (Future<ResponseEntity<String>> answer : List.of(intoFirst, intoSecond, waiting.get(0), waiting.get(1),
                waiting.get(2), repeated)) {
            assertThat(answer.get(30, TimeUnit.SECONDS).getStatusCode().value()).isEqualTo(200);
        }
        assertThat(grouped() - groupedBefore).as("payments written together").isEqualTo(3);
        String once = waiting.get(0).get().getBody();
        String again = repeated.get().getBody();
        assertThat((String) JsonPath.read(again, "$.paymentId")).isEqualTo(JsonPath.read(once, "$.paymentId"));
        assertThat(((Number) JsonPath.read(again, "$.caseId")).longValue()).isEqualTo(cases.get(2).caseId());
        for (int i = 0; i < 5; i++) {
            assertThat(payments.findByCaseIdOrderByPaidAtAsc(cases.get(i).caseId())).as("payments of case " + i)
                    .singleElement().satisfies(p -> assertThat(p.getAmount()).isEqualByComparingTo(new BigDecimal("700.00")));
        }
    }

    private Future<ResponseEntity<String>> pay(String paymentId, String invoiceNumber) {
        return clients.submit(() -> post(FEED, "/api/payments", Map.of("paymentId", paymentId, "invoiceNumber", invoiceNumber,
                "amount", "700.00", "paidAt", Instant.now().toString(), "method", "BANK_TRANSFER")));
    }

    private double grouped() {
        return meters.get("inkasso.group.commit.size").tag("requests", "payments").summary().totalAmount();
    }

    /** Until {@code count} single payments wait for a writer (a request has no other sign of having arrived). */
    private void untilWaitingForAWriter(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (meters.get("inkasso.group.commit.waiting").tag("requests", "payments").gauge().value() < count) {
            assertThat(System.nanoTime()).as(count + " payments wait for a writer").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
