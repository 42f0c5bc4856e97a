package dev.inkasso.agency;

import dev.inkasso.debtor.DebtorType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;

/** A collector agency the creditor works with: contact, commission, SLA and which debts it accepts. */
@Entity
@Table(name = "agency")
public class Agency {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private String email;

    @Column(name = "commission_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal commissionPercent;

    @Column(name = "sla_days", nullable = false)
    private int slaDays;

    /** Comma-separated debtor types, e.g. "ORGANIZATION,SOLE_PROPRIETOR". */
    @Column(name = "accepts_types", nullable = false)
    private String acceptsTypes;

    @Column(name = "min_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal minAmount;

    @Column(name = "max_amount", precision = 19, scale = 2)
    private BigDecimal maxAmount;

    /** Number in the Bank of Russia / FSSP register (230-ФЗ): required to work with individuals. */
    @Column(name = "registry_number")
    private String registryNumber;

    /** The technical user (group {@code agencies}) that reports for this agency; null: only managers report. */
    private String reporter;

    @Column(nullable = false)
    private boolean active = true;

    protected Agency() {
    }

    public Agency(String name, String email, BigDecimal commissionPercent, int slaDays, String acceptsTypes,
                  BigDecimal minAmount, BigDecimal maxAmount, String registryNumber) {
        this.name = name;
        this.email = email;
        this.commissionPercent = commissionPercent;
        this.slaDays = slaDays;
        this.acceptsTypes = acceptsTypes;
        this.minAmount = minAmount;
        this.maxAmount = maxAmount;
        this.registryNumber = registryNumber;
    }

    public boolean accepts(DebtorType type, BigDecimal amount) {
        boolean typeOk = Arrays.stream(acceptsTypes.split(",")).map(String::trim).anyMatch(t -> t.equals(type.name()));
        boolean individualsAllowed = type != DebtorType.INDIVIDUAL || (registryNumber != null && !registryNumber.isBlank());
        return active && typeOk && individualsAllowed && amount.compareTo(minAmount) >= 0
                && (maxAmount == null || amount.compareTo(maxAmount) <= 0);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public BigDecimal getCommissionPercent() {
        return commissionPercent;
    }

    public int getSlaDays() {
        return slaDays;
    }

    public String getAcceptsTypes() {
        return acceptsTypes;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public BigDecimal getMaxAmount() {
        return maxAmount;
    }

    public String getRegistryNumber() {
        return registryNumber;
    }

    public String getReporter() {
        return reporter;
    }

    public void reportedBy(String userId) {
        this.reporter = userId;
    }
}
