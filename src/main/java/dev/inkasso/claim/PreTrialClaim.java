package dev.inkasso.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A pre-trial claim (претензия) sent to the debtor, its registered-post tracking number and how it ended. */
@Entity
@Table(name = "pre_trial_claim")
public class PreTrialClaim {
    public enum Status { SENT, ANSWERED, EXPIRED, PAID }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "period_days", nullable = false)
    private int periodDays;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String reply;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected PreTrialClaim() {
    }

    public PreTrialClaim(Long caseId, Long documentId, int periodDays, Instant sentAt) {
        this.caseId = caseId;
        this.documentId = documentId;
        this.periodDays = periodDays;
        this.sentAt = sentAt;
        this.status = Status.SENT;
    }

    void posted(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    void end(Status status, String reply, Instant at) {
        this.status = status;
        this.reply = reply;
        this.endedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public int getPeriodDays() {
        return periodDays;
    }
}
