package dev.inkasso.claim;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PreTrialClaimRepository extends JpaRepository<PreTrialClaim, Long> {
    Optional<PreTrialClaim> findFirstByCaseIdOrderByIdDesc(Long caseId);
}
