package dev.inkasso.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * kill -9 of the production jar during a 2 000-invoice import and again while the reminder wave is being sent; after a
 * restart nothing is half-written, every case has its process and something to move it, and every letter arrives.
 */
class CrashIT {
    static final int INVOICES = 2_000;
    /** A killed node's job locks expire after a minute (the default is five) so that the test need not wait longer. */
    static final java.util.Map<String, String> SHORT_JOB_LOCKS = java.util.Map.of("CAMUNDA_BPM_JOBEXECUTION_LOCKTIMEINMILLIS", "60000");

    @Test
    void aNodeKilledDuringImportAndDuringTheLetterWaveLosesNothing() throws Exception {
        try (Installation installation = new Installation()) {
            JdbcTemplate db = new JdbcTemplate(installation.database());
            Installation.Node node = installation.node("crash-1", TwoNodesIT.freePort(), SHORT_JOB_LOCKS).start();
            String csv = TwoNodesIT.csv("CR", INVOICES);
            CompletableFuture<HttpResponse<String>> importing = CompletableFuture.supplyAsync(() -> {
                try {
                    return node.post("/api/invoices/import", "text/csv", csv);
                } catch (Exception e) {
                    return null; // the node died under the request
                }
            });
            Thread.sleep(1_500);
            node.kill();
            importing.join();
            long afterCrash = db.queryForObject("select count(*) from inkasso.invoice", Long.class);
            assertThat(afterCrash).as("an import is all or nothing").isIn(0L, (long) INVOICES);

            Installation.Node again = installation.node("crash-2", TwoNodesIT.freePort(), SHORT_JOB_LOCKS).start();
            if (afterCrash == 0) {
                assertThat(again.post("/api/invoices/import", "text/csv", csv).statusCode()).isEqualTo(200);
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (installation.smtp.getReceivedMessages().length < INVOICES / 4 && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            again.kill(); // in the middle of the letter wave
            int beforeSecondCrash = installation.smtp.getReceivedMessages().length;
            Installation.Node third = installation.node("crash-3", TwoNodesIT.freePort(), SHORT_JOB_LOCKS).start();
            deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (db.queryForObject("select count(*) from inkasso.outbox_message where status = 'SENT'", Long.class) < INVOICES
                    && System.nanoTime() < deadline) {
                Thread.sleep(2_000);
            }

            assertThat(db.queryForObject("select count(*) from inkasso.invoice", Long.class)).isEqualTo(INVOICES);
            assertThat(db.queryForObject("select count(*) from inkasso.debt_case", Long.class)).isEqualTo(INVOICES);
            assertThat(installation.casesWithoutProcess()).as("every case has its process").isZero();
            assertThat(installation.processesNothingMoves()).as("no process without a job, task or subscription to move it").isZero();
            assertThat(db.queryForObject("select count(*) from inkasso.outbox_message", Long.class)).as("one letter per case").isEqualTo(INVOICES);
            var ids = installation.messageIds();
            long distinct = ids.stream().distinct().count();
            assertThat(distinct).as("every letter arrived").isEqualTo(INVOICES);
            System.out.printf("FAULTS kill-9: invoices=%d crashes=2 letters-before-second-crash=%d received=%d distinct=%d lost=0 "
                    + "resent-after-crash=%d (same Message-ID)%n", INVOICES, beforeSecondCrash, ids.size(), distinct, ids.size() - distinct);
            assertThat(ids.size() - distinct).as("at most the letters in flight at the kill are sent again").isLessThanOrEqualTo(50);
            third.stop();
        }
    }
}
