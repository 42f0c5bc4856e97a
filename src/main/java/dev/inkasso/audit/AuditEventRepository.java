package dev.inkasso.audit;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {
    @Query("""
            select e from AuditEvent e where (:actor is null or e.actor = :actor) and (:action is null or e.action = :action)
              and e.at >= :from and e.at < :to order by e.at desc, e.id desc""")
    Page<AuditEvent> search(String actor, String action, Instant from, Instant to, Pageable page);
}
