package dev.inkasso.communication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {
    // JPQL rather than derived queries on the hot paths: Hibernate caches a JPQL query's translation, not a criteria
    // query's (bench/RESULTS.md)
    @Query("select count(m) > 0 from OutboxMessage m where m.idempotencyKey = :idempotencyKey")
    boolean existsByIdempotencyKey(String idempotencyKey);

    List<OutboxMessage> findByCaseIdOrderByIdAsc(Long caseId);

    /** Letters of a case that waited for a reason that has gone are due again now. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update OutboxMessage m set m.nextAttemptAt = :now where m.caseId = :caseId and m.status = dev.inkasso.communication.OutboxStatus.PENDING and m.deferredReason = :reason")
    int releaseDeferred(Long caseId, String reason, Instant now);

    /** The next due letter, locked for this node; another node skips it instead of sending it twice. */
    @Query(value = """
            select * from inkasso.outbox_message
             where status = 'PENDING' and next_attempt_at <= :now
             order by next_attempt_at, id
             limit 1
             for update skip locked""", nativeQuery = true)
    Optional<OutboxMessage> lockNextDue(Instant now);
}
