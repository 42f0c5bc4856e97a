package dev.inkasso.debtcase;

import dev.inkasso.debtcase.Invoice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One debt case per invoice. It holds stage and status; the balance is derived from invoice and payments. */
@Entity
@Table(name = "debt_case")
public class DebtCase {
    @Id
    // drawn fifty at a time (V13): a new row waits for the flush and goes out in a JDBC batch with the others
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "debt_case_id")
    @SequenceGenerator(name = "debt_case_id", sequenceName = "debt_case_id_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "held_since")
    private Instant heldSince;

    @Version
    private long version;

    protected DebtCase() {
    }

    public DebtCase(Invoice invoice, Instant openedAt) {
        this.invoice = invoice;
        this.stage = CaseStage.PRE_DUE;
        this.status = CaseStatus.OPEN;
        this.openedAt = openedAt;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void moveTo(CaseStage stage) {
        this.stage = stage;
    }

    public void close(CaseStatus status, Instant at) {
        this.status = status;
        this.stage = CaseStage.CLOSED;
        this.closedAt = at;
    }

    /** The case's process was paused for holds at {@code at}. */
    public void holdSince(Instant at) {
        this.heldSince = at;
    }

    /** The holds are over; returns how long the process was paused. */
    public java.time.Duration releaseHold(Instant at) {
        java.time.Duration paused = heldSince == null ? java.time.Duration.ZERO : java.time.Duration.between(heldSince, at);
        this.heldSince = null;
        return paused;
    }

    public boolean isHeld() {
        return heldSince != null;
    }

    /** The debtor is bankrupt and the claim is in the register: the case stays open for the estate's payments. */
    public void markBankrupt() {
        if (isOpen()) {
            this.status = CaseStatus.BANKRUPTCY;
        }
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN || status == CaseStatus.BANKRUPTCY;
    }

    public Long getId() {
        return id;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public CaseStage getStage() {
        return stage;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
