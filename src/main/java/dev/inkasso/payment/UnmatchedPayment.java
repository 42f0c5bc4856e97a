package dev.inkasso.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment that named no known invoice: kept for a person to resolve, never dropped. */
@Entity
@Table(name = "unmatched_payment")
public class UnmatchedPayment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "external_id", nullable = false, unique = true)
    private String externalId;

    @Column(name = "invoice_number", nullable = false)
    private String invoiceNumber;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "paid_at", nullable = false)
    private Instant paidAt;

    @Column(nullable = false)
    private String method;

    @Column(nullable = false)
    private String reason;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected UnmatchedPayment() {
    }

    public UnmatchedPayment(String externalId, String invoiceNumber, BigDecimal amount, Instant paidAt,
                            String method, String reason, Instant receivedAt) {
        this.externalId = externalId;
        this.invoiceNumber = invoiceNumber;
        this.amount = amount;
        this.paidAt = paidAt;
        this.method = method;
        this.reason = reason;
        this.receivedAt = receivedAt;
    }

    public void resolve(Instant at) {
        this.resolvedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public String getMethod() {
        return method;
    }

    public String getReason() {
        return reason;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
