package dev.inkasso.debtor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Debtor ids are drawn ahead (V13), so a new debtor's row would wait for the flush; the service writes it before it
 * returns, and plain SQL later in the same transaction (a credit request's insert) finds it.
 */
class DebtorRowsTest extends IntegrationTest {
    @Autowired
    DebtorService debtors;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aNewDebtorIsInTheDatabaseWhenTheServiceReturnsIt() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            Debtor created = debtors.findOrCreate(Fixtures.organisation("ООО «Строка сразу»"));
            Map<String, Debtor> batch = debtors.findOrCreateAll(List.of(Fixtures.organisation("ООО «Первая из пачки»"),
                    Fixtures.organisation("ООО «Вторая из пачки»")));

            assertThat(rows(created.getId())).isOne();
            batch.values().forEach(d -> assertThat(rows(d.getId())).as(d.getName()).isOne());
            tx.setRollbackOnly();
        });
    }

    @Test
    void idsDrawnAheadStayUniqueNextToARowInsertedByPlainSql() {
        Debtor before = debtors.findOrCreate(Fixtures.organisation("ООО «До вставки»"));
        long bySql = jdbc.queryForObject("""
                insert into inkasso.debtor (type, name, inn, time_zone, created_at)
                values ('ORGANIZATION', 'ООО «Вставлено SQL»', ?, 'Europe/Moscow', now()) returning id""",
                Long.class, Fixtures.organisation("x").inn());
        Debtor byService = debtors.findOrCreate(Fixtures.organisation("ООО «Через сервис»"));

        assertThat(List.of(before.getId(), bySql, byService.getId())).doesNotHaveDuplicates();
        assertThat(rows(before.getId())).isOne();
        assertThat(rows(bySql)).isOne();
        assertThat(rows(byService.getId())).isOne();
    }

    private Integer rows(long id) {
        return jdbc.queryForObject("select count(*) from inkasso.debtor where id = ?", Integer.class, id);
    }
}
