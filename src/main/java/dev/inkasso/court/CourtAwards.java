package dev.inkasso.court;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.legal.DatedAmount;
import dev.inkasso.legal.LegalCalculator;
import dev.inkasso.legal.Money;
import dev.inkasso.payment.Award;
import dev.inkasso.payment.Awards;
import dev.inkasso.payment.PaymentRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The judgment becomes the balance: awarded principal + interest + costs, plus — where the court awarded interest
 * to the day of payment (ГК ст. 395 п. 3) — ст. 395 interest on the awarded principal from the day of the result
 * to today, which payments since then reduce. Interest runs only as far as the key-rate table reaches; beyond,
 * the case view says the table must be extended.
 */
@Component
class CourtAwards implements Awards {
    private final CourtCaseRepository courtCases;
    private final PaymentRepository payments;
    private final LegalCalculator calculator;
    private final CreditorProperties creditor;
    private final Clock clock;

    CourtAwards(CourtCaseRepository courtCases, PaymentRepository payments, LegalCalculator calculator,
                CreditorProperties creditor, Clock clock) {
        this.courtCases = courtCases;
        this.payments = payments;
        this.calculator = calculator;
        this.creditor = creditor;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Award> of(long caseId) {
        return courtCases.findByCaseId(caseId).filter(CourtCase::isAwarded)
                .map(c -> new Award(c.awardedTotal().add(runningInterest(c)), since(c)));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> awarded(Collection<Long> caseIds) {
        return caseIds.isEmpty() ? Set.of() : new HashSet<>(courtCases.awardedAmong(caseIds));
    }

    /** ст. 395 interest accrued since the result on the awarded principal, zero when not awarded to the day of payment. */
    BigDecimal runningInterest(CourtCase c) {
        if (!c.isInterestUntilPaid() || c.getAwardedPrincipal().signum() == 0) {
            return Money.ZERO;
        }
        LocalDate today = creditor.today(clock);
        LocalDate end = today.isAfter(calculator.keyRateTable().knownUntil()) ? calculator.keyRateTable().knownUntil() : today;
        if (!end.isAfter(c.getResultDate())) {
            return Money.ZERO;
        }
        Instant since = since(c);
        List<DatedAmount> paid = payments.findByCaseIdOrderByPaidAtAsc(c.getCaseId()).stream()
                .filter(p -> !p.getPaidAt().isBefore(since))
                .map(p -> new DatedAmount(LocalDate.ofInstant(p.getPaidAt(), creditor.timeZone()), p.getAmount())).toList();
        return calculator.interest395(c.getAwardedPrincipal(), c.getResultDate(), end, paid).total();
    }

    private Instant since(CourtCase c) {
        return c.getResultDate().atStartOfDay(creditor.timeZone()).toInstant();
    }
}
