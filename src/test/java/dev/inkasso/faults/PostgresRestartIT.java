package dev.inkasso.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL restarted under load (the letter wave of 1 000 cases in flight, reminder jobs and sending): the node
 * reconnects by itself, the jobs that failed with the connection run again a minute later, nothing is half-written,
 * and every letter arrives.
 */
class PostgresRestartIT {
    static final int CASES = 1_000;

    @Test
    void theNodeReconnectsAfterARestartOfPostgresAndLosesNothing() throws Exception {
        try (Installation installation = new Installation()) {
            Installation.Node node = installation.node("pg-restart", TwoNodesIT.freePort(), CrashIT.SHORT_JOB_LOCKS).start();
            assertThat(node.post("/api/invoices/import", "text/csv", TwoNodesIT.csv("PG", CASES)).statusCode()).isEqualTo(200);
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            // the first letters are out: the reminder jobs are still running, and PostgreSQL goes away under them
            while (installation.messageIds().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            int beforeRestart = installation.messageIds().size();
            installation.restartPostgres(Duration.ofSeconds(15));

            JdbcTemplate db = new JdbcTemplate(installation.database());
            deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
            while (db.queryForObject("select count(*) from inkasso.outbox_message where status = 'SENT'", Long.class) < CASES
                    && System.nanoTime() < deadline) {
                Thread.sleep(2_000);
            }
            Thread.sleep(5_000);

            assertThat(node.get("/actuator/health").statusCode()).as("reconnected without a restart of the node").isEqualTo(200);
            assertThat(node.post("/api/invoices/import", "text/csv", TwoNodesIT.csv("PGAFTER", 10)).statusCode()).isEqualTo(200);
            assertThat(db.queryForObject("select count(*) from inkasso.debt_case", Long.class)).isEqualTo(CASES + 10);
            assertThat(installation.casesWithoutProcess()).as("every case has its process").isZero();
            assertThat(installation.processesNothingMoves()).as("every process has something to move it").isZero();
            assertThat(db.queryForObject("select count(distinct case_id) from inkasso.outbox_message", Long.class))
                    .as(() -> "a letter for every case; the jobs of the cases without one: " + jobsOfCasesWithoutALetter(db))
                    .isGreaterThanOrEqualTo((long) CASES);
            assertThat(db.queryForObject("select count(*) - count(distinct case_id) from inkasso.outbox_message", Long.class))
                    .as("one letter per case").isZero();
            assertThat(db.queryForObject("select count(*) from public.act_ru_job where retries_ = 0", Long.class))
                    .as("no job ran out of retries").isZero();
            List<String> ids = installation.messageIds();
            long distinct = Set.copyOf(ids).size();
            assertThat(distinct).as("every letter arrived").isGreaterThanOrEqualTo(CASES);
            System.out.printf("FAULTS postgres-restart: cases=%d letters-before-restart=%d down=15s received=%d distinct=%d lost=0 "
                    + "resent=%d (same Message-ID; SMTP accepted, the commit was cut)%n", CASES, beforeRestart, ids.size(), distinct,
                    ids.size() - distinct);
            assertThat(node.stop()).isLessThan(Duration.ofSeconds(30));
        }
    }

    /** What a case without a letter waits for: its jobs' retries, due date, lock and last failure. */
    private static List<String> jobsOfCasesWithoutALetter(JdbcTemplate db) {
        return db.queryForList("""
                select c.id || ' ' || j.handler_type_ || ' ' || coalesce(j.handler_cfg_, '') || ' retries=' || j.retries_
                       || ' due=' || coalesce(j.duedate_::text, '') || ' locked=' || coalesce(j.lock_exp_time_::text, '')
                       || ' failure=' || coalesce(j.exception_msg_, '')
                from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id
                  join public.act_ru_job j on j.process_instance_id_ = c.process_instance_id
                where i.number like 'PG-%' and not exists (select 1 from inkasso.outbox_message m where m.case_id = c.id)
                order by c.id limit 20""", String.class);
    }
}
