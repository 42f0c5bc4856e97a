package dev.inkasso.payment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnmatchedPaymentRepository extends JpaRepository<UnmatchedPayment, Long> {
    // JPQL rather than derived queries on the hot paths: Hibernate caches a JPQL query's translation, not a criteria
    // query's (bench/RESULTS.md)
    @Query("select u from UnmatchedPayment u where u.externalId = :externalId")
    Optional<UnmatchedPayment> findByExternalId(String externalId);

    // Native, with one array parameter: Hibernate translates a JPQL or derived query with a list parameter again on each
    // call (its SQL depends on the list's length), which cost a small group of single posts as much as its inserts
    // (bench/RESULTS.md)
    @Query(value = "select * from inkasso.unmatched_payment where external_id = any(:externalIds)", nativeQuery = true)
    List<UnmatchedPayment> findByExternalIdAmong(String[] externalIds);

    default List<UnmatchedPayment> findByExternalIdIn(Collection<String> externalIds) {
        return findByExternalIdAmong(externalIds.toArray(String[]::new));
    }

    List<UnmatchedPayment> findByResolvedAtIsNullOrderByReceivedAtAsc();
}
