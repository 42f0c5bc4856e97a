package dev.inkasso.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.casefile.CaseQueries;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.payment.PaymentIntake;
import dev.inkasso.payment.PaymentRequest;
import dev.inkasso.support.CaseWriter;
import dev.inkasso.support.IntegrationTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.workflow.DebtCaseProcess;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A job of a case that starts while a request holds the case: the job waits for the request's commit before the
 * engine reads anything of the job, and then runs on what the request committed — it does not fail on an
 * optimistic-locking conflict (and wait a minute for its retry).
 */
class JobAfterRequestTest extends IntegrationTest {
    @Autowired
    ProcessDriver driver;
    @Autowired
    ManagementService management;
    @Autowired
    PaymentIntake payments;
    @Autowired
    CaseWriter writer;
    @Autowired
    CaseQueries cases;

    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @BeforeEach
    void inside2025() {
        // the escalation reaches the claim, whose interest needs dates inside the shipped key-rate table
        ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2025-09-02T07:00:00Z")));
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void theEscalationJobWaitsForAPaymentOnItsCaseAndRunsOnWhatItCommitted() throws Exception {
        String number = Fixtures.invoiceNumber("JOBWAIT");
        IntakeResult r = driver.open(Fixtures.invoice(number, "50000.00", LocalDate.of(2025, 9, 1)));
        driver.toNegotiation(r);
        driver.completeNegotiation(r, Map.of("negotiationOutcome", "NO_CONTACT"));
        Job escalation = management.createJobQuery().processInstanceId(r.processInstanceId())
                .activityId(DebtCaseProcess.Elements.TASK_DECIDE_STRATEGY_AT_ESCALATION).singleResult();

        // the payment's transaction takes the case, lets the job start, then records the payment and commits
        CaseWriter.Held payment = writer.hold(r.caseId(), () -> payments.receive(new PaymentRequest(number + "-P",
                number, new BigDecimal("900.00"), ClockUtil.getCurrentTime().toInstant().toString(), "BANK_TRANSFER")));
        Future<Object> job = pool.submit(() -> {
            try {
                management.executeJob(escalation.getId());
                return "done";
            } catch (RuntimeException e) {
                return e;
            }
        });
        writer.untilSomeoneWaits();
        payment.releaseAndAwaitCommit();

        assertThat(job.get(30, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(management.createJobQuery().processInstanceId(r.processInstanceId()).withException().count()).isZero();
        assertThat(management.createJobQuery().jobId(escalation.getId()).count()).as("the escalation job ran").isZero();
        assertThat(cases.get(r.caseId()).paid()).isEqualByComparingTo("900.00");
    }
}
