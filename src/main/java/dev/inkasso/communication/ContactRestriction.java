package dev.inkasso.communication;

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

@Entity
@Table(name = "contact_restriction")
public class ContactRestriction {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "debtor_id", nullable = false)
    private Long debtorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactRestrictionKind kind;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "representative_name")
    private String representativeName;

    @Column(name = "representative_email")
    private String representativeEmail;

    private String note;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContactRestriction() {
    }

    public ContactRestriction(Long debtorId, ContactRestrictionKind kind, LocalDate validFrom, LocalDate validUntil,
                              String representativeName, String representativeEmail, String note, String createdBy,
                              Instant createdAt) {
        this.debtorId = debtorId;
        this.kind = kind;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.representativeName = representativeName;
        this.representativeEmail = representativeEmail;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public Long getId() {
        return id;
    }

    public Long getDebtorId() {
        return debtorId;
    }

    public ContactRestrictionKind getKind() {
        return kind;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public String getRepresentativeEmail() {
        return representativeEmail;
    }

    public String getNote() {
        return note;
    }
}
