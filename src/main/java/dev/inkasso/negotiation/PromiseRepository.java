package dev.inkasso.negotiation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PromiseRepository extends JpaRepository<PromiseToPay, Long> {
    Optional<PromiseToPay> findFirstByCaseIdOrderByIdDesc(Long caseId);

    List<PromiseToPay> findByCaseIdAndStatus(Long caseId, PromiseToPay.Status status);

    @Query("""
            select count(p) from PromiseToPay p, dev.inkasso.debtcase.DebtCase c
             where p.caseId = c.id and c.invoice.debtor.id = :debtorId
               and p.status = dev.inkasso.negotiation.PromiseToPay.Status.BROKEN""")
    long countBrokenByDebtor(Long debtorId);
}
