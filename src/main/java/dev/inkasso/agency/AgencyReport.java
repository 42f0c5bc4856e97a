package dev.inkasso.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** What an agency reported about a placed case; {@code externalId} is the agency's own id (idempotency key). */
@Entity
@Table(name = "agency_report")
public class AgencyReport {
    public enum Kind { PAYMENT_COLLECTED, CONTACT_RESULT, UNCOLLECTABLE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "placement_id", nullable = false)
    private Long placementId;

    @Column(name = "external_id", nullable = false, unique = true)
    private String externalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(precision = 19, scale = 2)
    private BigDecimal amount;

    private String note;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected AgencyReport() {
    }

    public AgencyReport(Long placementId, String externalId, Kind kind, BigDecimal amount, String note, Instant reportedAt) {
        this.placementId = placementId;
        this.externalId = externalId;
        this.kind = kind;
        this.amount = amount;
        this.note = note;
        this.reportedAt = reportedAt;
    }

    public Long getPlacementId() {
        return placementId;
    }

    public Kind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
