package dev.inkasso.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.support.Fixtures;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The engine's own cluster mode: two nodes of the production jar on one PostgreSQL, 5 000 cases whose friendly reminder
 * falls due at once. Every letter reaches the SMTP server exactly once, both nodes do the work, neither log has a
 * deadlock, and both stop within 30 s.
 */
class TwoNodesIT {
    static final int CASES = 5_000;
    static final String HEADER = "number;debtorType;debtorName;inn;email;amount;issueDate;dueDate\n";
    private static final Pattern SENT = Pattern.compile("Letter \\d+ of case \\d+ sent");

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code count} overdue invoices of distinct organisations, as one import. */
    static String csv(String prefix, int count) {
        LocalDate due = LocalDate.now().minusDays(5);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            csv.append(prefix).append('-').append(i).append(";ORGANIZATION;ООО «Клиент ").append(prefix).append(' ').append(i)
                    .append("»;").append(Fixtures.organisationInn()).append(";client").append(prefix).append(i).append("@example.ru;")
                    .append(1_000 + i).append(".00;").append(due.minusDays(30)).append(';').append(due).append('\n');
        }
        return csv.toString();
    }

    static long count(Pattern pattern, String text) {
        return pattern.matcher(text).results().count();
    }

    @Test
    void fiveThousandDueRemindersAreSentExactlyOnceByTwoNodes() throws Exception {
        try (Installation installation = new Installation()) {
            Installation.Node a = installation.node("two-nodes-a", freePort()).start();
            Installation.Node b = installation.node("two-nodes-b", freePort()).start();
            for (int batch = 0; batch < CASES / 1_000; batch++) {
                Installation.Node node = batch % 2 == 0 ? a : b;
                HttpResponse<String> imported = node.post("/api/invoices/import", "text/csv", csv("TN" + batch, 1_000));
                assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            }

            long deadline = System.nanoTime() + Duration.ofMinutes(12).toNanos();
            while (installation.smtp.getReceivedMessages().length < CASES && System.nanoTime() < deadline) {
                Thread.sleep(2_000);
            }
            Thread.sleep(10_000); // a letter sent twice would arrive now
            java.util.List<String> letters = installation.messageIds();
            Set<String> ids = Set.copyOf(letters);

            assertThat(letters).as("every letter once").hasSize(CASES);
            assertThat(ids).hasSize(CASES);
            long byA = count(SENT, a.logText());
            long byB = count(SENT, b.logText());
            assertThat(byA).as("node A worked").isPositive();
            assertThat(byB).as("node B worked").isPositive();
            assertThat(byA + byB).isEqualTo(CASES);
            assertThat(a.logText() + b.logText()).doesNotContainIgnoringCase("deadlock");
            System.out.printf("FAULTS two-nodes: cases=%d letters=%d distinct=%d nodeA=%d nodeB=%d lost=0 duplicated=%d%n",
                    CASES, letters.size(), ids.size(), byA, byB, letters.size() - ids.size());
            assertThat(a.stop()).isLessThan(Duration.ofSeconds(30));
            assertThat(b.stop()).isLessThan(Duration.ofSeconds(30));
        }
    }
}
