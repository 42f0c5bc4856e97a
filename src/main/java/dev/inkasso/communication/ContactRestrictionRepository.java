package dev.inkasso.communication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContactRestrictionRepository extends JpaRepository<ContactRestriction, Long> {
    // JPQL rather than a derived query: every automatic letter asks before it leaves, and Hibernate caches a JPQL
    // query's translation, not a criteria query's (bench/RESULTS.md)
    @Query("select r from ContactRestriction r where r.debtorId = :debtorId order by r.validFrom asc")
    List<ContactRestriction> findByDebtorIdOrderByValidFromAsc(Long debtorId);
}
