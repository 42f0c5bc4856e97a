package dev.inkasso.negotiation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PromiseRepository extends JpaRepository<PromiseToPay, Long> {
    Optional<PromiseToPay> findFirstByCaseIdOrderByIdDesc(Long caseId);

    List<PromiseToPay> findByCaseIdAndStatus(Long caseId, PromiseToPay.Status status);
}
