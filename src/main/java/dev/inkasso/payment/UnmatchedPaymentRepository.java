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

    @Query("select u from UnmatchedPayment u where u.externalId in :externalIds")
    List<UnmatchedPayment> findByExternalIdIn(Collection<String> externalIds);

    List<UnmatchedPayment> findByResolvedAtIsNullOrderByReceivedAtAsc();
}
