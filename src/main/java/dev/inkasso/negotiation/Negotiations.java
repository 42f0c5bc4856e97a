package dev.inkasso.negotiation;

import dev.inkasso.communication.ContactChannel;
import dev.inkasso.communication.Direction;
import dev.inkasso.communication.InteractionLog;
import dev.inkasso.communication.RussianFormat;
import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtcase.CaseLifecycle;
import dev.inkasso.debtcase.CaseStage;
import dev.inkasso.web.FieldProblem;
import dev.inkasso.workflow.TimelineProperties;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of a negotiation outcome: what each kind needs, what it records, when a promise is checked. */
@Service
public class Negotiations {
    private final InteractionLog interactions;
    private final CaseLifecycle lifecycle;
    private final TimelineProperties timeline;
    private final CreditorProperties creditor;
    private final Clock clock;

    public Negotiations(InteractionLog interactions, CaseLifecycle lifecycle, TimelineProperties timeline,
                        CreditorProperties creditor, Clock clock) {
        this.interactions = interactions;
        this.lifecycle = lifecycle;
        this.timeline = timeline;
        this.creditor = creditor;
        this.clock = clock;
    }

    public static List<FieldProblem> problems(NegotiationOutcome outcome, BigDecimal promisedAmount,
                                              LocalDate promisedDate, String disputeReason, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == NegotiationOutcome.PROMISE_TO_PAY) {
            if (promisedAmount == null || promisedAmount.signum() <= 0) {
                problems.add(FieldProblem.of("promisedAmount", "a promise needs an amount greater than zero"));
            } else if (promisedAmount.stripTrailingZeros().scale() > 2) {
                problems.add(FieldProblem.of("promisedAmount", "must have at most 2 decimal places"));
            }
            if (promisedDate == null) {
                problems.add(FieldProblem.of("promisedDate", "a promise needs a date"));
            } else if (promisedDate.isBefore(today)) {
                problems.add(FieldProblem.of("promisedDate", "must not be in the past"));
            }
        }
        if (outcome == NegotiationOutcome.DISPUTE && (disputeReason == null || disputeReason.isBlank())) {
            problems.add(FieldProblem.of("disputeReason", "a dispute needs a reason"));
        }
        return problems;
    }

    public static NegotiationOutcome parseOutcome(String value) {
        try {
            return value == null ? null : NegotiationOutcome.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), creditor.timeZone());
    }

    /** Logs the conversation on the case and moves its stage; returns when a promise is checked, if any. */
    @Transactional
    public Instant record(long caseId, NegotiationResult result, String actor) {
        interactions.record(caseId, ContactChannel.PHONE, Direction.OUTBOUND, "NEGOTIATION", result.outcome().name(),
                actor == null ? InteractionLog.SYSTEM_ACTOR : actor, "Переговоры с должником", describe(result));
        if (result.outcome() == NegotiationOutcome.PROMISE_TO_PAY) {
            lifecycle.enter(caseId, CaseStage.PROMISE_TO_PAY);
            return result.promisedDate().plusDays(1).atStartOfDay(creditor.timeZone()).toInstant()
                    .plus(timeline.promiseGrace());
        }
        return null;
    }

    private static String describe(NegotiationResult r) {
        String text = switch (r.outcome()) {
            case PAID -> "Должник сообщил об оплате; ожидаем поступления платежа.";
            case PROMISE_TO_PAY -> "Обещание оплатить " + RussianFormat.money(r.promisedAmount()) + " до "
                    + RussianFormat.date(r.promisedDate()) + ".";
            case DISPUTE -> "Должник оспаривает долг: " + r.disputeReason();
            case NO_CONTACT -> "Связаться с должником не удалось.";
            case REFUSED -> "Должник отказался платить.";
        };
        return r.note() == null || r.note().isBlank() ? text : text + " Комментарий: " + r.note();
    }
}
