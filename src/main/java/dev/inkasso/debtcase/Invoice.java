package dev.inkasso.debtcase;

import dev.inkasso.debtor.Debtor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
public class Invoice {
    public static final String CURRENCY = "RUB";

    @Id
    // drawn fifty at a time (V13): a new row waits for the flush and goes out in a JDBC batch with the others
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_id")
    @SequenceGenerator(name = "invoice_id", sequenceName = "invoice_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "debtor_id")
    private Debtor debtor;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "contract_ref")
    private String contractRef;

    @Column(name = "penalty_rate_per_day", precision = 9, scale = 6)
    private BigDecimal penaltyRatePerDay;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Invoice() {
    }

    public Invoice(String number, Debtor debtor, BigDecimal amount, LocalDate issueDate, LocalDate dueDate,
                   String contractRef, BigDecimal penaltyRatePerDay, Instant createdAt) {
        this.number = number;
        this.debtor = debtor;
        this.amount = amount;
        this.currency = CURRENCY;
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.contractRef = contractRef;
        this.penaltyRatePerDay = penaltyRatePerDay;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Debtor getDebtor() {
        return debtor;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getContractRef() {
        return contractRef;
    }

    /** Contractual penalty in percent per day (0.1 = 0.1 % per day), or null if the contract has none. */
    public BigDecimal getPenaltyRatePerDay() {
        return penaltyRatePerDay;
    }
}
