package dev.inkasso.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
public class Payment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "external_id", nullable = false, unique = true)
    private String externalId;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "paid_at", nullable = false)
    private Instant paidAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentMethod method;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected Payment() {
    }

    public Payment(String externalId, Long caseId, BigDecimal amount, Instant paidAt, PaymentMethod method,
                   Instant receivedAt) {
        this.externalId = externalId;
        this.caseId = caseId;
        this.amount = amount;
        this.paidAt = paidAt;
        this.method = method;
        this.receivedAt = receivedAt;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public PaymentMethod getMethod() {
        return method;
    }
}
