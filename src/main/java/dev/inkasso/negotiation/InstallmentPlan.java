package dev.inkasso.negotiation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An installment plan (рассрочка): installments summing to the balance when it was proposed. */
@Entity
@Table(name = "installment_plan")
public class InstallmentPlan {
    public enum Status { PROPOSED, ACTIVE, REJECTED, COMPLETED, BROKEN, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal total;

    @Column(name = "paid_before", nullable = false, precision = 19, scale = 2)
    private BigDecimal paidBefore;

    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("seq")
    private List<Installment> installments = new ArrayList<>();

    protected InstallmentPlan() {
    }

    public InstallmentPlan(Long caseId, List<Installment> installments, BigDecimal paidBefore, String proposedBy, Instant at) {
        this.caseId = caseId;
        this.installments.addAll(installments);
        this.total = installments.stream().map(Installment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.paidBefore = paidBefore;
        this.status = Status.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = at;
    }

    void decide(boolean approved, String by, Instant at) {
        this.status = approved ? Status.ACTIVE : Status.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void close(Status status, Instant at) {
        this.status = status;
        this.closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Status getStatus() {
        return status;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getPaidBefore() {
        return paidBefore;
    }

    public List<Installment> getInstallments() {
        return installments;
    }
}
