package dev.inkasso.invoice;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps PostgreSQL's planner statistics of the tables an import grows current. Autovacuum analyses a table once a
 * tenth of it has changed, but only at its next pass, up to a minute later (its naptime). In that minute after a young
 * book's first large import the planner took the event-subscription table for two rows, and each payment's
 * correlation walked all of them: 32 ms instead of 0.06 ms at 5 000 cases, growing with the book (bench/RESULTS.md).
 * When the cases imported since the last analysis pass autovacuum's own threshold for the book, the tables a new case
 * writes to are analysed at once, in the background. The count is the imports' own: PostgreSQL's change counters
 * ({@code n_mod_since_analyze}) reach the statistics views up to seconds after a commit.
 */
@Component
public class BookStatistics {
    /** The tables a new case writes to that the hot paths (payments, letters, Tasklist) read by index. */
    static final List<String> TABLES = List.of("public.act_ru_execution", "public.act_ru_event_subscr", "public.act_ru_job",
            "public.act_ru_variable", "inkasso.debt_case", "inkasso.invoice", "inkasso.debtor");
    private static final Logger log = LoggerFactory.getLogger(BookStatistics.class);

    private final JdbcTemplate jdbc;
    private final Executor worker;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicLong importedSinceAnalysis = new AtomicLong();

    @Autowired
    public BookStatistics(JdbcTemplate jdbc) {
        this(jdbc, Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "book-statistics");
            thread.setDaemon(true);
            return thread;
        }));
    }

    BookStatistics(JdbcTemplate jdbc, Executor worker) {
        this.jdbc = jdbc;
        this.worker = worker;
    }

    /** Once the current transaction has committed, its cases count; imports meanwhile share one look. */
    void afterImport(int cases) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                importedSinceAnalysis.addAndGet(cases);
                if (queued.compareAndSet(false, true)) {
                    worker.execute(() -> {
                        queued.set(false);
                        try {
                            refresh();
                        } catch (DataAccessException e) {
                            // only the plans wait for it: autovacuum analyses the tables at its next pass
                            log.warn("Planner statistics not renewed after an import: {}", e.getMessage());
                        }
                    });
                }
            }
        });
    }

    /**
     * Analyses {@link #TABLES} if the cases imported since the last analysis are more than autovacuum would wait for,
     * measured against the book as the planner last saw it; returns the tables analysed.
     */
    List<String> refresh() {
        long imported = importedSinceAnalysis.get();
        Double threshold = jdbc.queryForObject("""
                select current_setting('autovacuum_analyze_threshold')::int
                       + current_setting('autovacuum_analyze_scale_factor')::float * greatest(reltuples, 0)
                  from pg_class where oid = 'inkasso.debt_case'::regclass""", Double.class);
        if (imported <= threshold) {
            return List.of();
        }
        importedSinceAnalysis.addAndGet(-imported);
        TABLES.forEach(table -> jdbc.execute("analyze " + table));
        log.info("Planner statistics renewed after {} imported cases", imported);
        return TABLES;
    }

    @PreDestroy
    void stop() {
        if (worker instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }
}
