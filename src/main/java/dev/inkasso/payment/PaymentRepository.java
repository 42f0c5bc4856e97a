package dev.inkasso.payment;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PaymentRepository extends JpaRepository<Payment, Long> {
    Optional<Payment> findByExternalId(String externalId);

    List<Payment> findByCaseIdOrderByPaidAtAsc(Long caseId);

    @Query("select coalesce(sum(p.amount), 0) from Payment p where p.caseId = :caseId")
    BigDecimal totalPaid(Long caseId);

    @Query("select coalesce(sum(p.amount), 0) from Payment p where p.caseId = :caseId and p.paidAt >= :since")
    BigDecimal totalPaidSince(Long caseId, java.time.Instant since);

    @Query("select coalesce(sum(p.amount), 0) from Payment p where p.caseId = :caseId and p.method in :methods")
    BigDecimal totalPaidBy(Long caseId, Collection<PaymentMethod> methods);

    @Query("select p.caseId as caseId, sum(p.amount) as paid from Payment p where p.caseId in :caseIds group by p.caseId")
    List<PaidPerCase> totalPaidPerCase(Collection<Long> caseIds);

    interface PaidPerCase {
        Long getCaseId();

        BigDecimal getPaid();
    }
}
