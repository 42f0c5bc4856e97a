package dev.inkasso.agency;

import java.math.BigDecimal;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgencyReportRepository extends JpaRepository<AgencyReport, Long> {
    boolean existsByExternalId(String externalId);

    @Query("select coalesce(sum(r.amount), 0) from AgencyReport r where r.placementId = :placementId and r.kind = dev.inkasso.agency.AgencyReport.Kind.PAYMENT_COLLECTED")
    BigDecimal collected(Long placementId);
}
