package dev.inkasso.court;

import dev.inkasso.legal.Court;
import dev.inkasso.legal.CourtRoute;
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

/** A case before the court: the route, the filing, the result and — once awarded — the judgment that is the debt. */
@Entity
@Table(name = "court_case")
public class CourtCase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false, unique = true)
    private Long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Court court;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CourtRoute.Procedure procedure;
    @Column(name = "court_name")
    private String courtName;
    @Column(name = "court_case_number")
    private String courtCaseNumber;
    @Column(name = "state_fee_payment_ref")
    private String stateFeePaymentRef;
    @Column(name = "filed_on")
    private LocalDate filedOn;
    private int filings;
    @Enumerated(EnumType.STRING)
    private CourtResult result;
    @Column(name = "result_date")
    private LocalDate resultDate;
    @Column(name = "hearing_date")
    private LocalDate hearingDate;
    @Column(name = "awarded_principal", precision = 19, scale = 2)
    private BigDecimal awardedPrincipal;
    @Column(name = "awarded_interest", precision = 19, scale = 2)
    private BigDecimal awardedInterest;
    @Column(name = "awarded_costs", precision = 19, scale = 2)
    private BigDecimal awardedCosts;
    @Column(name = "interest_until_paid", nullable = false)
    private boolean interestUntilPaid;
    @Column(name = "in_force_on")
    private LocalDate inForceOn;
    @Column(name = "writ_number")
    private String writNumber;
    @Column(name = "writ_issued_on")
    private LocalDate writIssuedOn;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CourtCase() {
    }

    CourtCase(long caseId, CourtRoute.Route route, Instant at) {
        this.caseId = caseId;
        this.court = route.court();
        this.procedure = route.procedure();
        this.updatedAt = at;
    }

    void routeTo(CourtRoute.Route route, Instant at) {
        this.court = route.court();
        this.procedure = route.procedure();
        this.updatedAt = at;
    }

    void filed(String stateFeePaymentRef, String courtName, String courtCaseNumber, LocalDate filedOn, Instant at) {
        this.stateFeePaymentRef = stateFeePaymentRef;
        this.courtName = courtName;
        this.courtCaseNumber = courtCaseNumber;
        this.filedOn = filedOn;
        this.filings++;
        this.updatedAt = at;
    }

    void resulted(CourtResult result, LocalDate resultDate, LocalDate hearingDate, Instant at) {
        this.result = result;
        this.resultDate = resultDate;
        this.hearingDate = hearingDate;
        this.updatedAt = at;
    }

    void awarded(BigDecimal principal, BigDecimal interest, BigDecimal costs, boolean interestUntilPaid) {
        this.awardedPrincipal = principal;
        this.awardedInterest = interest;
        this.awardedCosts = costs;
        this.interestUntilPaid = interestUntilPaid;
    }

    void inForce(LocalDate on, Instant at) {
        this.inForceOn = on;
        this.updatedAt = at;
    }

    void writ(String number, LocalDate issuedOn, Instant at) {
        this.writNumber = number;
        this.writIssuedOn = issuedOn;
        this.updatedAt = at;
    }

    /** Whether a court has awarded the debt (an order or a judgment granting it in full or in part). */
    public boolean isAwarded() {
        return awardedPrincipal != null && result != null && result.awards();
    }

    public BigDecimal awardedTotal() {
        return awardedPrincipal.add(awardedInterest).add(awardedCosts);
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Court getCourt() {
        return court;
    }

    public CourtRoute.Procedure getProcedure() {
        return procedure;
    }

    public String getCourtName() {
        return courtName;
    }

    public String getCourtCaseNumber() {
        return courtCaseNumber;
    }

    public String getStateFeePaymentRef() {
        return stateFeePaymentRef;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public int getFilings() {
        return filings;
    }

    public CourtResult getResult() {
        return result;
    }

    public LocalDate getResultDate() {
        return resultDate;
    }

    public LocalDate getHearingDate() {
        return hearingDate;
    }

    public BigDecimal getAwardedPrincipal() {
        return awardedPrincipal;
    }

    public BigDecimal getAwardedInterest() {
        return awardedInterest;
    }

    public BigDecimal getAwardedCosts() {
        return awardedCosts;
    }

    public boolean isInterestUntilPaid() {
        return interestUntilPaid;
    }

    public LocalDate getInForceOn() {
        return inForceOn;
    }

    public String getWritNumber() {
        return writNumber;
    }

    public LocalDate getWritIssuedOn() {
        return writIssuedOn;
    }
}
