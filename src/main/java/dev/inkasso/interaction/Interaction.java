package dev.inkasso.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One contact, letter, call note or event of a case: append-only evidence. */
@Entity
@Immutable
public class Interaction {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String outcome;

    @Column(nullable = false)
    private String actor;

    private String subject;

    private String content;

    protected Interaction() {
    }

    public Interaction(Long caseId, Instant occurredAt, ContactChannel channel, Direction direction, String kind,
                       String outcome, String actor, String subject, String content) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.channel = channel;
        this.direction = direction;
        this.kind = kind;
        this.outcome = outcome;
        this.actor = actor;
        this.subject = subject;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getKind() {
        return kind;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getContent() {
        return content;
    }
}
