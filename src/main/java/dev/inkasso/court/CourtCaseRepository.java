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

    // Native, with one array parameter: Hibernate translates a JPQL or derived query with a list parameter again on each
    // call (its SQL depends on the list's length), which cost a small group of single posts as much as its inserts
    // (bench/RESULTS.md)
    @Query(value = "select c.case_id from inkasso.court_case c where c.case_id = any(:caseIds) and c.awarded_principal is not null"
            + " and c.result in ('ORDER_ISSUED', 'GRANTED', 'GRANTED_IN_PART')", nativeQuery = true)
    List<Long> awardedAmong(Long[] caseIds);

    default List<Long> awardedAmong(Collection<Long> caseIds) {
        return awardedAmong(caseIds.toArray(Long[]::new));
    }
}
