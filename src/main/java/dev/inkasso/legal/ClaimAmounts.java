package dev.inkasso.legal;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.debtcase.Invoice;
import dev.inkasso.payment.PaymentRepository;
import dev.inkasso.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The claim amount of a case; the case view, letters and claims all take their figures from here. */
@Service
public class ClaimAmounts {
    private final DebtCaseRepository cases;
    private final PaymentRepository payments;
    private final LegalCalculator calculator;
    private final CourtRoute courtRoute;
    private final CreditorProperties creditor;
    private final Clock clock;

    public ClaimAmounts(DebtCaseRepository cases, PaymentRepository payments, LegalCalculator calculator,
                        CourtRoute courtRoute, CreditorProperties creditor,
                        Clock clock) {
        this.cases = cases;
        this.payments = payments;
        this.calculator = calculator;
        this.courtRoute = courtRoute;
        this.creditor = creditor;
        this.clock = clock;
    }

    public LocalDate today() {
        return creditor.today(clock);
    }

    /** Throws {@link UnknownKeyRateException} if interest needs a key rate the table lacks. */
    @Transactional(readOnly = true)
    public ClaimAmount of(long caseId, LocalDate asOf) {
        Accrual accrual = accrual(caseId, asOf);
        BigDecimal principal = accrual.principal();
        BigDecimal interest = accrual.interest().total();
        BigDecimal penalties = accrual.penalties().total();
        BigDecimal claimed = principal.add(interest).add(penalties);
        List<Period> interestPeriods = accrual.interest().periods();
        List<Period> penaltyPeriods = accrual.penalties().periods();
        if (claimed.signum() == 0) {
            return new ClaimAmount(caseId, asOf, principal, interest, penalties, claimed, Money.ZERO,
                    Money.ZERO, null, null, null, false, List.of(), interestPeriods, penaltyPeriods);
        }
        CourtRoute.Route route = courtRoute.decide(accrual.debtorType(), claimed, false);
        StateFee.Result fee = calculator.stateFee(route.court(), claimed, asOf,
                route.procedure() == CourtRoute.Procedure.COURT_ORDER);
        return new ClaimAmount(caseId, asOf, principal, interest, penalties, claimed, fee.fee(),
                claimed.add(fee.fee()), route.court(), route.procedure(), fee.schedule(), fee.unconfirmed(),
                fee.unconfirmedFacts(), interestPeriods, penaltyPeriods);
    }

    /** Interest or penalties accrued to date, or empty when the key-rate table does not reach that far. */
    @Transactional(readOnly = true)
    public Optional<ClaimAmount> toDate(long caseId) {
        return unlessKeyRateUnknown(() -> of(caseId, today()));
    }

    /**
     * What accrued to date without the court's route and fee (which need the court-route table): for letters and the
     * case card. Empty when the key-rate table does not reach today.
     */
    @Transactional(readOnly = true)
    public Optional<Accrual> accruedToDate(long caseId) {
        return unlessKeyRateUnknown(() -> accrual(caseId, today()));
    }

    private static <T> Optional<T> unlessKeyRateUnknown(java.util.function.Supplier<T> calculation) {
        try {
            return Optional.of(calculation.get());
        } catch (UnknownKeyRateException e) {
            return Optional.empty();
        }
    }

    /** The unpaid principal and the interest (ст. 395 ГК РФ) or contractual penalty accrued on it up to a day. */
    public record Accrual(LocalDate asOf, dev.inkasso.debtor.DebtorType debtorType, BigDecimal principal,
                          Calculation interest, Calculation penalties) {
        public BigDecimal total() {
            return interest.total().add(penalties.total());
        }
    }

    private Accrual accrual(long caseId, LocalDate asOf) {
        DebtCase debtCase = cases.findById(caseId).orElseThrow(() -> new NotFoundException("No debt case " + caseId));
        Invoice invoice = debtCase.getInvoice();
        List<DatedAmount> paid = paidUpTo(caseId, asOf);
        BigDecimal principal = invoice.getAmount().subtract(paid.stream().map(DatedAmount::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).max(BigDecimal.ZERO).setScale(2);
        LocalDate end = asOf.isBefore(invoice.getDueDate()) ? invoice.getDueDate() : asOf;
        Calculation none = new Calculation(Money.ZERO, List.of(), false);
        if (invoice.getPenaltyRatePerDay() != null) {
            return new Accrual(asOf, invoice.getDebtor().getType(), principal, none, calculator.contractualPenalty(
                    invoice.getAmount(), invoice.getDueDate(), end, invoice.getPenaltyRatePerDay(), null, paid));
        }
        return new Accrual(asOf, invoice.getDebtor().getType(), principal,
                calculator.interest395(invoice.getAmount(), invoice.getDueDate(), end, paid), none);
    }

    /** The case's payments, each dated in the creditor's time zone. */
    @Transactional(readOnly = true)
    public List<DatedAmount> payments(long caseId) {
        return payments.findByCaseIdOrderByPaidAtAsc(caseId).stream()
                .map(p -> new DatedAmount(LocalDate.ofInstant(p.getPaidAt(), creditor.timeZone()), p.getAmount()))
                .toList();
    }

    private List<DatedAmount> paidUpTo(long caseId, LocalDate asOf) {
        return payments(caseId).stream().filter(p -> !p.date().isAfter(asOf)).toList();
    }
}
