package dev.inkasso.legal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "key_rate")
public class KeyRate {
    @Id
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "rate_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal ratePercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FactStatus status;

    @Column(nullable = false)
    private String source;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected KeyRate() {
    }

    public KeyRate(LocalDate effectiveFrom, BigDecimal ratePercent, FactStatus status, String source, String addedBy,
                   Instant addedAt) {
        this.effectiveFrom = effectiveFrom;
        this.ratePercent = ratePercent;
        this.status = status;
        this.source = source;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal getRatePercent() {
        return ratePercent;
    }

    public FactStatus getStatus() {
        return status;
    }

    public String getSource() {
        return source;
    }

    public String getAddedBy() {
        return addedBy;
    }
}
