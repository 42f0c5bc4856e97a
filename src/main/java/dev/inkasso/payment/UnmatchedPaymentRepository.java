package dev.inkasso.payment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnmatchedPaymentRepository extends JpaRepository<UnmatchedPayment, Long> {
    Optional<UnmatchedPayment> findByExternalId(String externalId);

    List<UnmatchedPayment> findByResolvedAtIsNullOrderByReceivedAtAsc();
}
