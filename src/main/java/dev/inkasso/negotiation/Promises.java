package dev.inkasso.negotiation;

import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.payment.Balances;
import dev.inkasso.workflow.TimelineProperties;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Promises to pay: made in negotiation, checked after their date plus grace; a broken one stays on the debtor's record. */
@Service
public class Promises {
    private final PromiseRepository promises;
    private final DebtCaseRepository cases;
    private final Balances balances;
    private final InteractionLog interactions;
    private final TimelineProperties timeline;
    private final CreditorProperties creditor;
    private final Clock clock;

    public Promises(PromiseRepository promises, DebtCaseRepository cases, Balances balances, InteractionLog interactions,
                    TimelineProperties timeline, CreditorProperties creditor, Clock clock) {
        this.promises = promises;
        this.cases = cases;
        this.balances = balances;
        this.interactions = interactions;
        this.timeline = timeline;
        this.creditor = creditor;
        this.clock = clock;
    }

    @Transactional
    public PromiseToPay make(long caseId, BigDecimal amount, LocalDate date, String actor) {
        promises.findByCaseIdAndStatus(caseId, PromiseToPay.Status.ACTIVE)
                .forEach(p -> p.resolve(PromiseToPay.Status.CANCELLED, clock.instant()));
        BigDecimal paid = balances.of(caseId).paid();
        return promises.save(new PromiseToPay(caseId, amount.setScale(2), date, paid, actor, clock.instant()));
    }

    /** When the promise is checked: the day after its date, plus the configured grace. */
    public Instant checkAt(PromiseToPay promise) {
        return promise.getPromisedDate().plusDays(1).atStartOfDay(creditor.timeZone()).toInstant().plus(timeline.promiseGrace());
    }

    /** Compares what was paid since the promise with what was promised, and records the result. */
    @Transactional
    public PromiseToPay.Status check(long promiseId) {
        PromiseToPay promise = promises.findById(promiseId).orElseThrow();
        if (promise.getStatus() != PromiseToPay.Status.ACTIVE) {
            return promise.getStatus();
        }
        BigDecimal paidSince = balances.of(promise.getCaseId()).paid()
                .subtract(promise.getPaidBefore());
        PromiseToPay.Status result = paidSince.compareTo(promise.getAmount()) >= 0 ? PromiseToPay.Status.KEPT
                : paidSince.signum() > 0 ? PromiseToPay.Status.PARTLY_KEPT : PromiseToPay.Status.BROKEN;
        promise.resolve(result, clock.instant());
        interactions.system(promise.getCaseId(), "PROMISE", result.name(), "Обещание оплатить "
                + RussianFormat.money(promise.getAmount()) + " до " + RussianFormat.date(promise.getPromisedDate())
                + ": оплачено " + RussianFormat.money(paidSince.max(BigDecimal.ZERO)) + ".");
        return result;
    }
}
