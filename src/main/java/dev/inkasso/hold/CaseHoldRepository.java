package dev.inkasso.hold;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseHoldRepository extends JpaRepository<CaseHold, Long> {
    List<CaseHold> findByCaseIdOrderByPlacedAtAsc(Long caseId);

    // JPQL rather than derived queries on the hot paths: Hibernate caches a JPQL query's translation, not a criteria
    // query's (bench/RESULTS.md)
    @Query("select count(h) > 0 from CaseHold h where h.caseId = :caseId and h.liftedAt is null")
    boolean existsByCaseIdAndLiftedAtIsNull(Long caseId);

    /** Cases with a hold whose end date has come, in id order ({@code Holds} lifts them one transaction each). */
    @Query("""
            select distinct h.caseId from CaseHold h
             where h.liftedAt is null and h.until is not null and h.until <= :today
             order by h.caseId""")
    List<Long> casesWithExpiredHolds(LocalDate today);
}
