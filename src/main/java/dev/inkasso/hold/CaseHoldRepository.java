package dev.inkasso.hold;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseHoldRepository extends JpaRepository<CaseHold, Long> {
    List<CaseHold> findByCaseIdOrderByPlacedAtAsc(Long caseId);

    boolean existsByCaseIdAndLiftedAtIsNull(Long caseId);

    /** Holds whose end date has come, locked for this node: another node skips them instead of lifting them twice. */
    @Query(value = """
            select * from inkasso.case_hold
             where lifted_at is null and until is not null and until <= :today
             order by id
             for update skip locked""", nativeQuery = true)
    List<CaseHold> lockExpired(LocalDate today);
}
