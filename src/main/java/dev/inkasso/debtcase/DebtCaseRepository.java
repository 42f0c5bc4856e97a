package dev.inkasso.debtcase;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface DebtCaseRepository extends JpaRepository<DebtCase, Long>, JpaSpecificationExecutor<DebtCase> {
    Optional<DebtCase> findByInvoiceNumber(String invoiceNumber);

    List<DebtCase> findByInvoiceDebtorIdAndStatus(Long debtorId, CaseStatus status);

    List<DebtCase> findByInvoiceDebtorId(Long debtorId);
}
