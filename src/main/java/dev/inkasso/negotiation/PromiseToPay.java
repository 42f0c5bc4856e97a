package dev.inkasso.negotiation;

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
import java.time.LocalDate;

/** A debtor's promise to pay an amount by a date; {@code paidBefore} is what had been paid when it was made. */
@Entity
@Table(name = "promise_to_pay")
public class PromiseToPay {
    public enum Status { ACTIVE, KEPT, PARTLY_KEPT, BROKEN, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "promised_date", nullable = false)
    private LocalDate promisedDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "paid_before", nullable = false, precision = 19, scale = 2)
    private BigDecimal paidBefore;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected PromiseToPay() {
    }

    public PromiseToPay(Long caseId, BigDecimal amount, LocalDate promisedDate, BigDecimal paidBefore, String createdBy,
                        Instant createdAt) {
        this.caseId = caseId;
        this.amount = amount;
        this.promisedDate = promisedDate;
        this.paidBefore = paidBefore;
        this.status = Status.ACTIVE;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void resolve(Status status, Instant at) {
        this.status = status;
        this.resolvedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPromisedDate() {
        return promisedDate;
    }

    public Status getStatus() {
        return status;
    }

    public BigDecimal getPaidBefore() {
        return paidBefore;
    }
}
