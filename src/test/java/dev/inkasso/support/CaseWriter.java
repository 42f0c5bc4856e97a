package dev.inkasso.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.debtcase.CaseLocks;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Another writer of a case, for concurrency tests: it locks the case in a transaction and a thread of its own and
 * keeps it locked until the test lets it go on; then it does its work and commits.
 */
@Component
public class CaseWriter {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final TransactionTemplate transaction;
    private final CaseLocks locks;
    private final JdbcTemplate jdbc;

    public CaseWriter(PlatformTransactionManager transactions, CaseLocks locks, JdbcTemplate jdbc) {
        this.transaction = new TransactionTemplate(transactions);
        this.locks = locks;
        this.jdbc = jdbc;
    }

    /** Returns once the case is locked; {@code beforeCommit} runs, still under the lock, when the test releases it. */
    public Held hold(long caseId, Runnable beforeCommit) {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        CompletableFuture<Void> committed = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            locks.lock(caseId);
            locked.countDown();
            await(released);
            beforeCommit.run();
        }), task -> {
            Thread thread = new Thread(task, "case-writer-" + caseId);
            thread.setDaemon(true);
            thread.start();
        });
        await(locked);
        return new Held(released, committed);
    }

    /** Until a session of the database waits for a lock: the writer under test, at the case this one holds. */
    public void untilSomeoneWaits() throws InterruptedException {
        untilWaiting(1);
    }

    /** Until {@code sessions} sessions of the database wait for a lock (writers under test at held cases). */
    public void untilWaiting(int sessions) throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        while (jdbc.queryForObject("select count(*) from pg_stat_activity where datname = current_database() "
                + "and wait_event_type = 'Lock'", Integer.class) < sessions) {
            assertThat(Instant.now()).as(sessions + " sessions wait for held cases").isBefore(until);
            Thread.sleep(20);
        }
    }

    /** A case this writer holds. */
    public record Held(CountDownLatch released, CompletableFuture<Void> committed) {
        /** Lets the writer do its work and waits until it has committed. */
        public void releaseAndAwaitCommit() throws Exception {
            released.countDown();
            committed.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
