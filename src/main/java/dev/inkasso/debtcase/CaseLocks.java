package dev.inkasso.debtcase;

import dev.inkasso.workflow.CaseLock;
import dev.inkasso.workflow.DebtCaseProcess;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code SELECT … FOR UPDATE} on a case row, returning the case as it stands once the lock is held (a writer
 * that waited sees what the one before it committed). Must be the first write-intent of the transaction. A case is
 * locked once per transaction: locking it again (a payment inside an agency report, a job's delegate) keeps the
 * changes the transaction already made to it instead of reloading it.
 */
@Component
public class CaseLocks implements CaseLock {
    private static final Object HELD = CaseLocks.class.getName() + ".held";

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<DebtCase> lock(long caseId) {
        Set<Long> held = heldByThisTransaction();
        if (held.contains(caseId)) {
            return Optional.of(entityManager.find(DebtCase.class, caseId));
        }
        // a case not yet read by this transaction (a job's first statement) is read and locked by one
        // SELECT … FOR UPDATE; one read earlier is locked and re-read, so that it shows what a writer before committed
        DebtCase known = entityManager.getReference(DebtCase.class, caseId);
        DebtCase locked;
        if (Hibernate.isInitialized(known)) {
            entityManager.refresh(known, LockModeType.PESSIMISTIC_WRITE);
            locked = known;
        } else {
            locked = entityManager.find(DebtCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        }
        if (locked != null) {
            held.add(caseId);
        }
        return Optional.ofNullable(locked);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public DebtCase lock(DebtCase debtCase) {
        if (heldByThisTransaction().add(debtCase.getId())) {
            entityManager.refresh(debtCase, LockModeType.PESSIMISTIC_WRITE);
        }
        return debtCase;
    }

    /**
     * Locks the cases of these invoice numbers with one {@code SELECT … FOR UPDATE}, in case id order — the order any
     * other batch locks them in, so two batches wait for each other instead of deadlocking — and returns their ids by
     * invoice number (a number without a case is absent). {@link #lock(long)} then reads a case as it stands. The first
     * write-intent of the transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Long> lockByInvoiceNumbers(Collection<String> invoiceNumbers) {
        Map<String, Long> locked = new HashMap<>();
        if (invoiceNumbers.isEmpty()) {
            return locked;
        }
        Set<Long> held = heldByThisTransaction();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select c.id, i.number from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id
                         where i.number = any(:numbers) order by c.id for update of c""")
                .setParameter("numbers", invoiceNumbers.toArray(String[]::new))
                .getResultList();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            held.add(id);
            locked.put((String) row[1], id);
        }
        return locked;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockCase(long caseId) {
        if (!heldByThisTransaction().contains(caseId)) {
            lock(caseId);
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockCaseOfJob(String jobId) {
        // job by id, its root instance's caseId variable by the variables' instance index, the case by id
        @SuppressWarnings("unchecked")
        List<Number> locked = entityManager.createNativeQuery("""
                        select c.id from inkasso.debt_case c
                          join act_ru_variable v on v.long_ = c.id
                          join act_ru_job j on j.root_proc_inst_id_ = v.proc_inst_id_
                         where j.id_ = :job and v.name_ = :name and v.execution_id_ = v.proc_inst_id_
                           for update of c""")
                .setParameter("job", jobId)
                .setParameter("name", DebtCaseProcess.Vars.CASE_ID)
                .getResultList();
        Set<Long> held = heldByThisTransaction();
        locked.forEach(id -> held.add(id.longValue()));
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> heldByThisTransaction() {
        Set<Long> held = (Set<Long>) TransactionSynchronizationManager.getResource(HELD);
        if (held == null) {
            Set<Long> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(HELD, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(HELD);
                }
            });
            held = fresh;
        }
        return held;
    }
}
