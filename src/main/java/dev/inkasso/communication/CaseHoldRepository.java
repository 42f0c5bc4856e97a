package dev.inkasso.communication;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseHoldRepository extends JpaRepository<CaseHold, Long> {
    List<CaseHold> findByCaseIdOrderByPlacedAtAsc(Long caseId);

    boolean existsByCaseIdAndLiftedAtIsNull(Long caseId);

    @Query("select h from CaseHold h where h.liftedAt is null and h.until is not null and h.until <= :today")
    List<CaseHold> findExpired(LocalDate today);
}
