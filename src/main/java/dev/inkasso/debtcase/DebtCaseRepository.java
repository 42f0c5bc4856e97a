package dev.inkasso.debtcase;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface DebtCaseRepository extends JpaRepository<DebtCase, Long>, JpaSpecificationExecutor<DebtCase> {
    // JPQL rather than derived queries on the hot paths: Hibernate caches a JPQL query's translation, not a criteria
    // query's (bench/RESULTS.md)
    @Query("select c from DebtCase c join c.invoice i where i.number = :invoiceNumber")
    Optional<DebtCase> findByInvoiceNumber(String invoiceNumber);

    /** The case with its invoice and debtor in one statement: every letter needs all three. */
    @Query("select c from DebtCase c join fetch c.invoice i join fetch i.debtor where c.id = :id")
    Optional<DebtCase> findWithDebtorById(long id);

    List<DebtCase> findByInvoiceDebtorIdAndStatus(Long debtorId, CaseStatus status);

    List<DebtCase> findByInvoiceDebtorId(Long debtorId);
}
