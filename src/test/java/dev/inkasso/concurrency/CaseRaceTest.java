package dev.inkasso.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.casefile.CaseQueries;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.invoice.InvoiceIntake;
import dev.inkasso.payment.PaymentRepository;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.workflow.DebtCaseProcess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A request that meets the engine's own work on the same case (or another request for it) at the same instant:
 * it never answers 500, never loses what it asked for, and leaves the case consistent. Each race starts both
 * sides on a barrier and is repeated on fresh cases, so an inconsistent lock order shows as a deadlock here.
 */
class CaseRaceTest extends ApiTest {
    private static final int ROUNDS = 12;

    @Autowired
    InvoiceIntake intake;
    @Autowired
    ProcessDriver driver;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    CaseQueries cases;
    @Autowired
    PaymentRepository payments;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @org.junit.jupiter.api.BeforeEach
    void inside2025() {
        // the escalation reaches the claim, whose interest needs dates inside the shipped key-rate table
        ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2025-09-02T07:00:00Z")));
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void aHoldPlacedWhileTheEngineStartsTheCaseIsKeptAndPausesIt() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            IntakeResult r = intake.open(Fixtures.invoice(Fixtures.invoiceNumber("RACEHOLD"), "50000.00", LocalDate.of(2026, 2, 1)));

            List<Object> outcome = race(
                    () -> asJobExecutor(r.processInstanceId()),
                    () -> post(OFFICER, "/api/cases/" + r.caseId() + "/holds", Map.of("reason", "DISPUTE", "note", "Спор по качеству")));

            assertThat(status(outcome.get(1))).as("round %d: %s", round, outcome.get(1)).isEqualTo(HttpStatus.CREATED);
            assertThat(outcome.get(0)).as("round %d: the job never fails", round).isEqualTo("done");
            driver.settle(r);
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(r.processInstanceId()).singleResult().isSuspended())
                    .as("round %d: the held case's process is paused", round).isTrue();
            assertThat(cases.get(r.caseId()).holds()).as("round %d", round).hasSize(1);
        }
    }

    @Test
    void aPaymentWhileAHoldIsPlacedIsCountedAndTheHoldKept() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String number = Fixtures.invoiceNumber("RACEPAYHOLD");
            IntakeResult r = driver.open(Fixtures.invoice(number, "50000.00", LocalDate.of(2026, 2, 1)));

            List<Object> outcome = race(
                    () -> post(FEED, "/api/payments", payment(number + "-P", number, "1234.56")),
                    () -> post(OFFICER, "/api/cases/" + r.caseId() + "/holds", Map.of("reason", "OTHER")));

            assertThat(status(outcome.get(0))).as("round %d: %s", round, outcome.get(0)).isEqualTo(HttpStatus.OK);
            assertThat(status(outcome.get(1))).as("round %d: %s", round, outcome.get(1)).isEqualTo(HttpStatus.CREATED);
            assertCountedOnce(r, "1234.56", "48765.44");
            assertThat(cases.get(r.caseId()).holds()).hasSize(1);
        }
    }

    @Test
    void aPaymentWhileTheOfficerCompletesNegotiationIsCountedAndTheCaseMovesOn() throws Exception {
        for (int round = 0; round < ROUNDS / 2; round++) {
            String number = Fixtures.invoiceNumber("RACEPAYTASK");
            IntakeResult r = driver.open(Fixtures.invoice(number, "50000.00", LocalDate.of(2025, 9, 1)));
            driver.toNegotiation(r);
            String taskId = driver.negotiationTask(r).getId();

            List<Object> outcome = race(
                    () -> post(FEED, "/api/payments", payment(number + "-P", number, "700.00")),
                    () -> post(OFFICER, "/engine-rest/task/" + taskId + "/complete",
                            Map.of("variables", Map.of("negotiationOutcome", Map.of("value", "NO_CONTACT")))));

            assertThat(status(outcome.get(0))).as("round %d: %s", round, outcome.get(0)).isEqualTo(HttpStatus.OK);
            assertThat(status(outcome.get(1))).as("round %d: %s", round, outcome.get(1)).isEqualTo(HttpStatus.NO_CONTENT);
            assertCountedOnce(r, "700.00", "49300.00");
            assertThat(driver.activeActivities(r)).doesNotContain(DebtCaseProcess.Elements.TASK_NEGOTIATE);
        }
    }

    @Test
    void aPaymentWhileTheCaseEscalatesIsCountedAndTheCaseMovesOn() throws Exception {
        for (int round = 0; round < ROUNDS / 2; round++) {
            String number = Fixtures.invoiceNumber("RACEPAYESC");
            IntakeResult r = driver.open(Fixtures.invoice(number, "50000.00", LocalDate.of(2025, 9, 1)));
            driver.toNegotiation(r);
            driver.completeNegotiation(r, Map.of("negotiationOutcome", "NO_CONTACT"));
            List<Object> outcome = race(
                    () -> post(FEED, "/api/payments", payment(number + "-P", number, "900.00", ClockUtil.getCurrentTime())),
                    () -> asJobExecutor(r.processInstanceId()));

            assertThat(status(outcome.get(0))).as("round %d: %s", round, outcome.get(0)).isEqualTo(HttpStatus.OK);
            assertThat(outcome.get(1)).as("round %d", round).isEqualTo("done");
            assertCountedOnce(r, "900.00", "49100.00");
        }
    }

    /** Both sides start at the same instant; each result is the side's answer or the exception it threw. */
    private List<Object> race(Callable<?> first, Callable<?> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Object>> sides = new ArrayList<>();
        for (Callable<?> side : List.of(first, second)) {
            sides.add(pool.submit(() -> {
                start.await();
                try {
                    return side.call();
                } catch (Exception e) {
                    return e;
                }
            }));
        }
        List<Object> results = new ArrayList<>();
        for (Future<Object> side : sides) {
            results.add(side.get());
        }
        return results;
    }

    /**
     * What the job executor does with the case's due continuations: run each; one that lost an optimistic-locking
     * race is run again later (the executor does not count that as a failure). Anything else is a failed job.
     */
    private Object asJobExecutor(String processInstanceId) {
        for (int attempt = 0; attempt < 20; attempt++) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).messages().executable()
                    .active().list();
            if (due.isEmpty()) {
                return "done";
            }
            try {
                management.executeJob(due.get(0).getId());
            } catch (OptimisticLockingException e) {
                // lost to the request; the executor retries
            } catch (RuntimeException e) {
                return e;
            }
        }
        return "done";
    }

    private static HttpStatus status(Object answer) {
        assertThat(answer).isInstanceOf(ResponseEntity.class);
        return HttpStatus.valueOf(((ResponseEntity<?>) answer).getStatusCode().value());
    }

    /** After the job executor's turn: the payment counted once to the kopeck, and the case still moving. */
    private void assertCountedOnce(IntakeResult r, String paid, String outstanding) {
        driver.settle(r);
        assertThat(cases.get(r.caseId()).paid()).isEqualByComparingTo(paid);
        assertThat(cases.get(r.caseId()).outstanding()).isEqualByComparingTo(outstanding);
        assertThat(payments.findByCaseIdOrderByPaidAtAsc(r.caseId())).hasSize(1);
        assertMovable(r);
    }

    /** The case's process waits for something that will move it: a job, a task or a message. */
    private void assertMovable(IntakeResult r) {
        assertThat(management.createJobQuery().processInstanceId(r.processInstanceId()).withException().count())
                .as("no failed job").isZero();
        assertThat(management.createJobQuery().processInstanceId(r.processInstanceId()).count()
                + engineTasks(r) + runtime.createEventSubscriptionQuery().processInstanceId(r.processInstanceId()).count())
                .as("something moves the case").isPositive();
    }

    private long engineTasks(IntakeResult r) {
        return driver.negotiationTask(r) == null ? 0 : 1;
    }

    private static Map<String, Object> payment(String id, String invoice, String amount) {
        return payment(id, invoice, amount, ClockUtil.getCurrentTime());
    }

    private static Map<String, Object> payment(String id, String invoice, String amount, java.util.Date paidAt) {
        return Map.of("paymentId", id, "invoiceNumber", invoice, "amount", amount,
                "paidAt", paidAt.toInstant().toString(), "method", "BANK_TRANSFER");
    }
}
