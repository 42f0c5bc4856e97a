package dev.inkasso.communication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InteractionRepository extends JpaRepository<Interaction, Long> {
    List<Interaction> findByCaseIdOrderByOccurredAtAscIdAsc(Long caseId);

    List<Interaction> findTop5ByCaseIdOrderByOccurredAtDescIdDesc(Long caseId);
}
