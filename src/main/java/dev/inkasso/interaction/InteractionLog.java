package dev.inkasso.interaction;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends interactions to a case's log; nothing here ever updates or deletes one. */
@Service
public class InteractionLog {
    public static final String SYSTEM_ACTOR = "system";

    private final InteractionRepository interactions;
    private final Clock clock;

    public InteractionLog(InteractionRepository interactions, Clock clock) {
        this.interactions = interactions;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Interaction record(long caseId, ContactChannel channel, Direction direction, String kind, String outcome,
                              String actor, String subject, String content) {
        return interactions.save(new Interaction(caseId, clock.instant(), channel, direction, kind, outcome,
                actor, subject, content));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Interaction system(long caseId, String kind, String outcome, String content) {
        return record(caseId, ContactChannel.SYSTEM, Direction.INTERNAL, kind, outcome, SYSTEM_ACTOR, null, content);
    }

    @Transactional(readOnly = true)
    public List<Interaction> of(long caseId) {
        return interactions.findByCaseIdOrderByOccurredAtAscIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    public List<Interaction> latest(long caseId) {
        return interactions.findTop5ByCaseIdOrderByOccurredAtDescIdDesc(caseId);
    }
}
