package dev.inkasso.payment;

import java.math.BigDecimal;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WriteOffRepository extends JpaRepository<WriteOff, Long> {
    java.util.List<WriteOff> findByCaseIdOrderByIdAsc(Long caseId);

    @Query("select coalesce(sum(w.amount), 0) from WriteOff w where w.caseId = :caseId and w.createdAt >= :since")
    BigDecimal totalWrittenOffSince(Long caseId, java.time.Instant since);

    @Query("select w.caseId as caseId, sum(w.amount) as paid from WriteOff w where w.caseId in :caseIds group by w.caseId")
    java.util.List<PaymentRepository.PaidPerCase> totalPerCase(java.util.Collection<Long> caseIds);
}
