package dev.inkasso.negotiation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InstallmentPlanRepository extends JpaRepository<InstallmentPlan, Long> {
    Optional<InstallmentPlan> findFirstByCaseIdOrderByIdDesc(Long caseId);
}
