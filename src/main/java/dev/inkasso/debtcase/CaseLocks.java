package dev.inkasso.debtcase;

import dev.inkasso.workflow.CaseLock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code SELECT … FOR UPDATE} on a case row, returning the case as it stands once the lock is held (a writer
 * that waited sees what the one before it committed). Must be the first write-intent of the transaction.
 */
@Component
public class CaseLocks implements CaseLock {
    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<DebtCase> lock(long caseId) {
        DebtCase debtCase = entityManager.find(DebtCase.class, caseId);
        if (debtCase == null) {
            return Optional.empty();
        }
        entityManager.refresh(debtCase, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(debtCase);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public DebtCase lock(DebtCase debtCase) {
        entityManager.refresh(debtCase, LockModeType.PESSIMISTIC_WRITE);
        return debtCase;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockCase(long caseId) {
        lock(caseId);
    }
}
