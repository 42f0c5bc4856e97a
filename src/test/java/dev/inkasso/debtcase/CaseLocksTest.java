package dev.inkasso.debtcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import dev.inkasso.support.ProcessDriver;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A case lock holds the row and returns the case as the last committed writer left it, read or not before. */
class CaseLocksTest extends IntegrationTest {
    @Autowired
    CaseLocks locks;
    @Autowired
    ProcessDriver driver;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @PersistenceContext
    EntityManager entityManager;

    @Test
    void aCaseNotYetReadIsReadAndLockedAtOnce() {
        long caseId = newCase();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            DebtCase locked = locks.lock(caseId).orElseThrow();

            assertThat(locked.isHeld()).isFalse();
            assertThat(locked.getId()).isEqualTo(caseId);
            assertRowLockedByAnotherTransaction(caseId);
        });
    }

    @Test
    void aCaseReadBeforeTheLockIsReReadWithWhatAnotherWriterCommitted() {
        long caseId = newCase();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            DebtCase readEarlier = entityManager.find(DebtCase.class, caseId);
            assertThat(readEarlier.isHeld()).isFalse();
            // another writer commits in between (its own connection and transaction)
            inOtherTransaction().executeWithoutResult(other ->
                    jdbc.update("update inkasso.debt_case set held_since = now(), version = version + 1 where id = ?", caseId));

            DebtCase locked = locks.lock(caseId).orElseThrow();

            assertThat(locked).isSameAs(readEarlier);
            assertThat(locked.isHeld()).isTrue();
            assertRowLockedByAnotherTransaction(caseId);
        });
    }

    @Test
    void aSecondLockInTheSameTransactionKeepsItsChanges() {
        long caseId = newCase();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            DebtCase locked = locks.lock(caseId).orElseThrow();
            locked.holdSince(java.time.Instant.now());

            assertThat(locks.lock(caseId).orElseThrow().isHeld()).isTrue();
        });
    }

    @Test
    void noCaseNoLock() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> assertThat(locks.lock(-42L)).isEmpty());
    }

    private long newCase() {
        return driver.open(Fixtures.invoice(Fixtures.invoiceNumber("LCK"), Fixtures.organisation("ООО «Замок»"), "1500.00",
                LocalDate.now().plusDays(20))).caseId();
    }

    private TransactionTemplate inOtherTransaction() {
        TransactionTemplate other = new TransactionTemplate(transactions);
        other.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        return other;
    }

    private void assertRowLockedByAnotherTransaction(long caseId) {
        assertThatThrownBy(() -> inOtherTransaction().executeWithoutResult(other ->
                jdbc.queryForObject("select id from inkasso.debt_case where id = ? for update nowait", Long.class, caseId)))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("could not obtain lock");
    }
}
