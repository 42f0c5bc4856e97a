package dev.inkasso.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SMTP server is down for minutes while the reminder wave is due: letters wait and retry with a growing backoff,
 * none is lost, and each arrives exactly once when SMTP returns. Past the retry budget a letter is FAILED and the case
 * shows an incident in Cockpit that says what to do.
 */
class SmtpOutageIT {
    static final int CASES = 500;
    static final int BEYOND_BUDGET = 20;
    static final Duration OUTAGE = Duration.ofMinutes(2);

    @Test
    void lettersWaitOutAnOutageAndArriveOnceAndPastTheBudgetTheyFailVisibly() throws Exception {
        try (Installation installation = new Installation()) {
            JdbcTemplate db = new JdbcTemplate(installation.database());
            // the n-th retry waits 5 s × 2^(n-1): 5, 10, 20, 40, 80 s … — a two-minute outage costs five attempts
            Installation.Node node = installation.node("smtp-outage", TwoNodesIT.freePort(),
                    Map.of("INKASSO_OUTBOX_FIRSTRETRYAFTER", "PT5S")).start();
            installation.smtpDown();
            long started = System.nanoTime();
            assertThat(node.post("/api/invoices/import", "text/csv", TwoNodesIT.csv("SO", CASES)).statusCode()).isEqualTo(200);
            while (System.nanoTime() - started < OUTAGE.toNanos()) {
                Thread.sleep(2_000);
            }
            long retried = db.queryForObject("select count(*) from inkasso.outbox_message where attempts >= 2", Long.class);
            assertThat(db.queryForObject("select count(*) from inkasso.outbox_message where status = 'PENDING'", Long.class))
                    .as("all letters wait, none failed").isEqualTo(CASES);
            assertThat(retried).as("letters were retried during the outage").isPositive();

            installation.smtpUp();
            long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
            while (db.queryForObject("select count(*) from inkasso.outbox_message where status = 'SENT'", Long.class) < CASES
                    && System.nanoTime() < deadline) {
                Thread.sleep(2_000);
            }
            Thread.sleep(5_000); // a letter sent twice would arrive now
            List<String> ids = installation.messageIds();
            assertThat(ids).as("every letter, once").hasSize(CASES);
            assertThat(Set.copyOf(ids)).hasSize(CASES);
            int maxAttempts = db.queryForObject("select max(attempts) from inkasso.outbox_message", Integer.class);
            node.stop();

            // a node with a small budget (2 attempts) meets an SMTP server that does not come back in time
            Installation.Node strict = installation.node("smtp-budget", TwoNodesIT.freePort(),
                    Map.of("INKASSO_OUTBOX_FIRSTRETRYAFTER", "PT2S", "INKASSO_OUTBOX_MAXATTEMPTS", "2")).start();
            installation.smtpDown();
            assertThat(strict.post("/api/invoices/import", "text/csv", TwoNodesIT.csv("SB", BEYOND_BUDGET)).statusCode()).isEqualTo(200);
            deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (db.queryForObject("select count(*) from inkasso.outbox_message where status = 'FAILED'", Long.class) < BEYOND_BUDGET
                    && System.nanoTime() < deadline) {
                Thread.sleep(1_000);
            }
            assertThat(db.queryForObject("select count(*) from inkasso.outbox_message where status = 'FAILED'", Long.class))
                    .isEqualTo(BEYOND_BUDGET);
            List<String> incidents = db.queryForList("select incident_msg_ from public.act_ru_incident where incident_type_ = ?",
                    String.class, dev.inkasso.communication.OutboxSender.INCIDENT_TYPE);
            assertThat(incidents).hasSize(BEYOND_BUDGET)
                    .allSatisfy(message -> assertThat(message).contains("check the SMTP server").contains("/api/outbox/"));
            strict.stop();
            System.out.printf("FAULTS smtp-outage: cases=%d outage=%ds retried-during-outage=%d max-attempts=%d received=%d "
                    + "distinct=%d lost=0 duplicated=%d; past-budget=%d failed=%d incidents=%d%n", CASES, OUTAGE.toSeconds(),
                    retried, maxAttempts, ids.size(), Set.copyOf(ids).size(), ids.size() - Set.copyOf(ids).size(),
                    BEYOND_BUDGET, BEYOND_BUDGET, incidents.size());
        }
    }
}
