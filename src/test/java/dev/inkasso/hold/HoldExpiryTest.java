package dev.inkasso.hold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.debtor.DebtorRepository;
import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.CaseWriter;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import dev.inkasso.support.ProcessDriver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A debtor-wide hold reaches its end date: its cases are lifted one transaction each, so a case that another writer
 * holds, or that cannot be lifted now, keeps none of the others held.
 */
class HoldExpiryTest extends IntegrationTest {
    private static final LocalDate UNTIL = LocalDate.of(2026, 2, 10);

    @Autowired
    ProcessDriver driver;
    @Autowired
    Holds holds;
    @Autowired
    DebtorRepository debtors;
    @Autowired
    CaseWriter writer;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @BeforeEach
    void tuesdayMorning() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-03T07:00:00Z"))); // Tue 10:00 MSK
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void eachCaseIsLiftedAndCommittedWhileAnotherWriterStillHoldsTheNext() throws Exception {
        List<IntakeResult> book = aDebtorsBookOnHoldUntilItsEnd(3);
        CaseWriter.Held other = writer.hold(book.get(1).caseId(), () -> { });

        Future<Integer> expiry = pool.submit(holds::liftExpired);
        writer.untilSomeoneWaits();
        assertThat(activeHolds(book.get(0))).as("the first case lifted and committed, the second still held").isZero();
        assertThat(activeHolds(book.get(2))).isOne();

        other.releaseAndAwaitCommit();
        assertThat(expiry.get(30, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(3);
        book.forEach(this::assertResumed);
    }

    @Test
    void aCaseThatCannotBeLiftedNowIsTriedAgainAtTheNextPollAndTheOthersAreLifted() {
        List<IntakeResult> book = aDebtorsBookOnHoldUntilItsEnd(3);
        IntakeResult refused = book.get(1);
        // a real failure inside the case's transaction: the database refuses the contact record of its lift
        jdbc.execute("create function inkasso.hold_expiry_test_refusal() returns trigger language plpgsql as "
                + "$$ begin raise exception 'refused by HoldExpiryTest'; end $$");
        try {
            jdbc.execute("create trigger hold_expiry_test_refusal before insert on inkasso.interaction for each row "
                    + "when (new.case_id = " + refused.caseId() + " and new.outcome = 'LIFTED') "
                    + "execute function inkasso.hold_expiry_test_refusal()");
            holds.liftExpired();
        } finally {
            jdbc.execute("drop function inkasso.hold_expiry_test_refusal() cascade");
        }
        assertResumed(book.get(0));
        assertResumed(book.get(2));
        assertThat(activeHolds(refused)).as("nothing of the refused case's lift is kept").isOne();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(refused.processInstanceId()).singleResult()
                .isSuspended()).isTrue();

        holds.liftExpired();
        assertResumed(refused);
    }

    /** A new debtor's {@code size} open cases under one hold until {@link #UNTIL}, and the clock on that day. */
    private List<IntakeResult> aDebtorsBookOnHoldUntilItsEnd(int size) {
        DebtorRequest debtor = Fixtures.organisation("ООО «Сеть магазинов»");
        List<IntakeResult> book = IntStream.range(0, size).mapToObj(i -> driver.open(Fixtures.invoice(
                Fixtures.invoiceNumber("EXPIRY"), debtor, "1000.00", LocalDate.of(2026, 2, 20)))).toList();
        holds.placeForDebtor(debtors.findByInn(debtor.inn()).orElseThrow().getId(), HoldReason.BANKRUPTCY, UNTIL,
                "Процедура наблюдения", "officer");
        book.forEach(r -> assertThat(activeHolds(r)).isOne());
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-10T07:00:00Z")));
        return book;
    }

    private void assertResumed(IntakeResult r) {
        assertThat(activeHolds(r)).as("case %d has no active hold", r.caseId()).isZero();
        assertThat(jdbc.queryForObject("select held_since is null from inkasso.debt_case where id = ?", Boolean.class,
                r.caseId())).isTrue();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(r.processInstanceId()).singleResult()
                .isSuspended()).as("case %d's process runs again", r.caseId()).isFalse();
    }

    private int activeHolds(IntakeResult r) {
        return jdbc.queryForObject("select count(*) from inkasso.case_hold where case_id = ? and lifted_at is null",
                Integer.class, r.caseId());
    }
}
