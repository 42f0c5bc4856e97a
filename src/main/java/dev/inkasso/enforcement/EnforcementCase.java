package dev.inkasso.enforcement;

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

/** Enforcement of a case's judgment: where the writ went, the proceedings, and until when it may be presented. */
@Entity
@Table(name = "enforcement")
public class EnforcementCase {
    public enum Channel { FSSP, BANK }

    public enum Status { SUBMITTED, IN_PROGRESS, WRIT_RETURNED, DEBTOR_BANKRUPT, FINISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false, unique = true)
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Column(name = "bank_name")
    private String bankName;
    @Column(name = "submitted_on")
    private LocalDate submittedOn;
    private int submissions;
    @Column(name = "proceedings_number")
    private String proceedingsNumber;
    @Column(name = "bailiff_department")
    private String bailiffDepartment;
    @Column(name = "opened_on")
    private LocalDate openedOn;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "writ_expires_on")
    private LocalDate writExpiresOn;
    @Column(name = "bankruptcy_case_number")
    private String bankruptcyCaseNumber;
    @Column(name = "claim_registered_on")
    private LocalDate claimRegisteredOn;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected EnforcementCase() {
    }

    EnforcementCase(long caseId, LocalDate writExpiresOn, Instant at) {
        this.caseId = caseId;
        this.writExpiresOn = writExpiresOn;
        this.updatedAt = at;
    }

    void submitted(Channel channel, String bankName, LocalDate on, LocalDate writExpiresOn, Instant at) {
        this.channel = channel;
        this.bankName = bankName;
        this.submittedOn = on;
        this.submissions++;
        this.status = Status.SUBMITTED;
        this.writExpiresOn = writExpiresOn;
        this.proceedingsNumber = null;
        this.bailiffDepartment = null;
        this.openedOn = null;
        this.updatedAt = at;
    }

    void opened(String proceedingsNumber, String bailiffDepartment, LocalDate openedOn, Instant at) {
        this.proceedingsNumber = proceedingsNumber;
        this.bailiffDepartment = bailiffDepartment;
        this.openedOn = openedOn;
        this.status = Status.IN_PROGRESS;
        this.updatedAt = at;
    }

    void status(Status status, Instant at) {
        this.status = status;
        this.updatedAt = at;
    }

    void writReturned(LocalDate writExpiresOn, Instant at) {
        this.status = Status.WRIT_RETURNED;
        this.writExpiresOn = writExpiresOn;
        this.updatedAt = at;
    }

    void bankruptcyClaim(String caseNumber, LocalDate registeredOn, Instant at) {
        this.bankruptcyCaseNumber = caseNumber;
        this.claimRegisteredOn = registeredOn;
        this.status = Status.DEBTOR_BANKRUPT;
        this.updatedAt = at;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getBankName() {
        return bankName;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public int getSubmissions() {
        return submissions;
    }

    public String getProceedingsNumber() {
        return proceedingsNumber;
    }

    public String getBailiffDepartment() {
        return bailiffDepartment;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getWritExpiresOn() {
        return writExpiresOn;
    }

    public String getBankruptcyCaseNumber() {
        return bankruptcyCaseNumber;
    }

    public LocalDate getClaimRegisteredOn() {
        return claimRegisteredOn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
