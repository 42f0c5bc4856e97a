package dev.inkasso.court;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CourtCaseRepository extends JpaRepository<CourtCase, Long> {
    // JPQL rather than a derived query: Hibernate caches a JPQL query's translation, not a criteria query's, and every
    // case's balance asks this (bench/RESULTS.md)
    @Query("select c from CourtCase c where c.caseId = :caseId")
    Optional<CourtCase> findByCaseId(Long caseId);

    @Query("select c.caseId from CourtCase c where c.caseId in :caseIds and c.awardedPrincipal is not null"
            + " and c.result in (dev.inkasso.court.CourtResult.ORDER_ISSUED, dev.inkasso.court.CourtResult.GRANTED,"
            + " dev.inkasso.court.CourtResult.GRANTED_IN_PART)")
    List<Long> awardedAmong(Collection<Long> caseIds);
}
