package dev.inkasso.interaction;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InteractionRepository extends JpaRepository<Interaction, Long> {
    List<Interaction> findByCaseIdOrderByOccurredAtAscIdAsc(Long caseId);

    List<Interaction> findTop5ByCaseIdOrderByOccurredAtDescIdDesc(Long caseId);

    /** Contacts made with a debtor (over all its cases) on the given channels in [from, to). */
    @Query("""
            select count(i) from Interaction i, DebtCase c
             where i.caseId = c.id and c.invoice.debtor.id = :debtorId and i.direction = dev.inkasso.interaction.Direction.OUTBOUND
               and i.outcome = 'SENT' and i.channel in :channels and i.occurredAt >= :from and i.occurredAt < :to""")
    long countContacts(Long debtorId, Collection<ContactChannel> channels, Instant from, Instant to);
}
