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
        DebtCase debtCase = cases.findById(caseId).orElseThrow(() -> new NotFoundException("No debt case " + caseId));
        Invoice invoice = debtCase.getInvoice();
        List<DatedAmount> paid = paidUpTo(caseId, asOf);
        BigDecimal principal = invoice.getAmount().subtract(paid.stream().map(DatedAmount::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).max(BigDecimal.ZERO).setScale(2);
        LocalDate end = asOf.isBefore(invoice.getDueDate()) ? invoice.getDueDate() : asOf;
        Calculation interest = new Calculation(Money.ZERO, List.of(), false);
        Calculation penalties = new Calculation(Money.ZERO, List.of(), false);
        if (invoice.getPenaltyRatePerDay() != null) {
            penalties = calculator.contractualPenalty(invoice.getAmount(), invoice.getDueDate(), end,
                    invoice.getPenaltyRatePerDay(), null, paid);
        } else {
            interest = calculator.interest395(invoice.getAmount(), invoice.getDueDate(), end, paid);
        }
        BigDecimal claimed = principal.add(interest.total()).add(penalties.total());
        if (claimed.signum() == 0) {
            return new ClaimAmount(caseId, asOf, principal, interest.total(), penalties.total(), claimed, Money.ZERO,
                    Money.ZERO, null, null, null, false, List.of(), interest.periods(), penalties.periods());
        }
        CourtRoute.Route route = courtRoute.decide(invoice.getDebtor().getType(), claimed, false);
        StateFee.Result fee = calculator.stateFee(route.court(), claimed, asOf,
                route.procedure() == CourtRoute.Procedure.COURT_ORDER);
        return new ClaimAmount(caseId, asOf, principal, interest.total(), penalties.total(), claimed, fee.fee(),
                claimed.add(fee.fee()), route.court(), route.procedure(), fee.schedule(), fee.unconfirmed(),
                fee.unconfirmedFacts(), interest.periods(), penalties.periods());
    }

    /** Interest or penalties accrued to date, or empty when the key-rate table does not reach that far. */
    @Transactional(readOnly = true)
    public Optional<ClaimAmount> toDate(long caseId) {
        try {
            return Optional.of(of(caseId, today()));
        } catch (UnknownKeyRateException e) {
            return Optional.empty();
        }
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
