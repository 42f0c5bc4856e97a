package dev.inkasso.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A case handed to an agency until its SLA ends, it is recalled, or the debt is collected. */
@Entity
@Table(name = "agency_placement")
public class AgencyPlacement {
    public enum Status { PLACED, RECALLED, UNCOLLECTABLE, COLLECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "sla_until", nullable = false)
    private Instant slaUntil;

    @Column(name = "placed_amount", nullable = false, precision = 19, scale = 2)
    private java.math.BigDecimal placedAmount;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason")
    private String endReason;

    protected AgencyPlacement() {
    }

    public AgencyPlacement(Long caseId, Long agencyId, String processInstanceId, Instant placedAt, Instant slaUntil,
                           java.math.BigDecimal placedAmount) {
        this.placedAmount = placedAmount;
        this.caseId = caseId;
        this.agencyId = agencyId;
        this.processInstanceId = processInstanceId;
        this.placedAt = placedAt;
        this.slaUntil = slaUntil;
        this.status = Status.PLACED;
    }

    void end(Status status, String reason, Instant at) {
        if (this.status == Status.PLACED) {
            this.status = status;
            this.endReason = reason;
            this.endedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getSlaUntil() {
        return slaUntil;
    }

    public java.math.BigDecimal getPlacedAmount() {
        return placedAmount;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }
}
