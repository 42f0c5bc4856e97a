package dev.inkasso.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyPlacementRepository extends JpaRepository<AgencyPlacement, Long> {
    Optional<AgencyPlacement> findFirstByCaseIdAndAgencyIdOrderByIdDesc(Long caseId, Long agencyId);

    Optional<AgencyPlacement> findFirstByCaseIdOrderByIdDesc(Long caseId);

    List<AgencyPlacement> findByAgencyId(Long agencyId);
}
