package dev.inkasso.hold;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A hold on a case: no automatic contact and no escalation while it lasts. Kept after it ends. */
@Entity
@Table(name = "case_hold")
public class CaseHold {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HoldReason reason;

    /** The day the hold ends by itself (it is lifted at the start of that day), or null. */
    private LocalDate until;

    private String note;

    @Column(name = "placed_by", nullable = false)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "lifted_by")
    private String liftedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    protected CaseHold() {
    }

    public CaseHold(Long caseId, HoldReason reason, LocalDate until, String note, String placedBy, Instant placedAt) {
        this.caseId = caseId;
        this.reason = reason;
        this.until = until;
        this.note = note;
        this.placedBy = placedBy;
        this.placedAt = placedAt;
    }

    void lift(String by, Instant at) {
        this.liftedBy = by;
        this.liftedAt = at;
    }

    public boolean isActive() {
        return liftedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public HoldReason getReason() {
        return reason;
    }

    public LocalDate getUntil() {
        return until;
    }

    public String getNote() {
        return note;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public String getLiftedBy() {
        return liftedBy;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }
}
