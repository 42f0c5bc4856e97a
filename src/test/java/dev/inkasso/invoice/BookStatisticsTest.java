package dev.inkasso.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** An import that grows the book past autovacuum's threshold leaves the planner's statistics current when it commits. */
class BookStatisticsTest extends IntegrationTest {
    private static final String SUBSCRIPTIONS = "public.act_ru_event_subscr";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InvoiceImport imports;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theTablesAnImportGrewAreAnalysedWhenItCommitsAndOnlyThose() {
        BookStatistics statistics = new BookStatistics(jdbc, Runnable::run);
        BookStatistics.TABLES.forEach(table -> jdbc.execute("analyze " + table));
        assertThat(statistics.refresh()).as("nothing changed since the last analysis").isEmpty();
        Timestamp before = lastAnalysed(SUBSCRIPTIONS);
        // every new case subscribes to payments: a tenth of the table and autovacuum's 50 rows more
        long rows = jdbc.queryForObject("select count(*) from " + SUBSCRIPTIONS, Long.class);
        int invoices = (int) (60 + rows / 5);

        transaction.executeWithoutResult(tx -> {
            imports.importCsv(new StringReader(csv(invoices)));
            statistics.afterImport();
            assertThat(lastAnalysed(SUBSCRIPTIONS)).as("not before the import commits").isEqualTo(before);
        });

        assertThat(lastAnalysed(SUBSCRIPTIONS)).as("analysed when the import committed").isAfter(before);
        assertThat(jdbc.queryForObject("select n_mod_since_analyze from pg_stat_user_tables where schemaname || '.' || relname = ?",
                Long.class, SUBSCRIPTIONS)).isLessThan((long) invoices);
        assertThat(statistics.refresh()).as("the import's tables are current").isEmpty();
    }

    private Timestamp lastAnalysed(String table) {
        return jdbc.queryForObject("select coalesce(last_analyze, 'epoch') from pg_stat_user_tables where schemaname || '.' || relname = ?",
                Timestamp.class, table);
    }

    private static String csv(int count) {
        LocalDate due = LocalDate.now().plusDays(20);
        StringBuilder csv = new StringBuilder("number;debtorType;debtorName;inn;email;amount;issueDate;dueDate\n");
        String prefix = Fixtures.invoiceNumber("STAT");
        for (int i = 0; i < count; i++) {
            csv.append(prefix).append('-').append(i).append(";ORGANIZATION;ООО «Статистика ").append(i).append("»;")
                    .append(Fixtures.organisationInn()).append(";stat").append(i).append("@example.ru;")
                    .append(1_000 + i).append(".00;").append(due.minusDays(30)).append(';').append(due).append('\n');
        }
        return csv.toString();
    }
}
