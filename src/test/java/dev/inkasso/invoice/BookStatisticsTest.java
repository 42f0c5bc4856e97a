package dev.inkasso.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Imports that grow the book past autovacuum's threshold leave the planner's statistics current when they commit. */
class BookStatisticsTest extends IntegrationTest {
    private static final String SUBSCRIPTIONS = "public.act_ru_event_subscr";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InvoiceImport imports;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theBooksTablesAreAnalysedOnceTheImportsSinceTheLastAnalysisPassAutovacuumsThreshold() {
        List<Runnable> scheduled = new ArrayList<>();
        BookStatistics statistics = new BookStatistics(jdbc, scheduled::add);
        BookStatistics.TABLES.forEach(table -> jdbc.execute("analyze " + table));
        assertThat(statistics.refresh()).as("nothing imported since the last analysis").isEmpty();
        Timestamp before = lastAnalysed(SUBSCRIPTIONS);
        long book = jdbc.queryForObject("select count(*) from inkasso.debt_case", Long.class);

        int small = (int) Math.max(1, book / 20);
        transaction.executeWithoutResult(tx -> {
            imports.importCsv(new StringReader(csv("STATS", small)));
            statistics.afterImport(small);
            assertThat(scheduled).as("not before the import commits").isEmpty();
        });
        assertThat(scheduled).as("a look once it has committed").hasSize(1);
        assertThat(statistics.refresh()).as("a twentieth of the book: autovacuum's next pass will do").isEmpty();

        // together with the first: more than a tenth of the book and autovacuum's 50 rows
        int large = (int) (60 + book / 10);
        transaction.executeWithoutResult(tx -> {
            imports.importCsv(new StringReader(csv("STATL", large)));
            statistics.afterImport(large);
        });
        assertThat(scheduled).as("imports before the look share it").hasSize(1);
        scheduled.get(0).run();

        assertThat(lastAnalysed(SUBSCRIPTIONS)).as("analysed").isAfter(before);
        assertThat(statistics.refresh()).as("the imports are counted as analysed").isEmpty();
    }

    private Timestamp lastAnalysed(String table) {
        return jdbc.queryForObject("select coalesce(last_analyze, 'epoch') from pg_stat_user_tables where schemaname || '.' || relname = ?",
                Timestamp.class, table);
    }

    private static String csv(String kind, int count) {
        LocalDate due = LocalDate.now().plusDays(20);
        StringBuilder csv = new StringBuilder("number;debtorType;debtorName;inn;email;amount;issueDate;dueDate\n");
        String prefix = Fixtures.invoiceNumber(kind);
        for (int i = 0; i < count; i++) {
            csv.append(prefix).append('-').append(i).append(";ORGANIZATION;ООО «Статистика ").append(i).append("»;")
                    .append(Fixtures.organisationInn()).append(";stat").append(i).append("@example.ru;")
                    .append(1_000 + i).append(".00;").append(due.minusDays(30)).append(';').append(due).append('\n');
        }
        return csv.toString();
    }
}
