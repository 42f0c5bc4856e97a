package dev.inkasso.negotiation;

import dev.inkasso.interaction.ContactChannel;
import dev.inkasso.interaction.Direction;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.config.CreditorProperties;
import dev.inkasso.web.FieldProblem;
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
    static final int MAX_HARDSHIP_DAYS = 180;
    static final int DEFAULT_HARDSHIP_DAYS = 30;

    private final InteractionLog interactions;
    private final CreditorProperties creditor;
    private final Clock clock;

    public Negotiations(InteractionLog interactions, CreditorProperties creditor, Clock clock) {
        this.interactions = interactions;
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

    /** A hardship pause ends on a day after today, at most {@link #MAX_HARDSHIP_DAYS} days ahead. */
    public static List<FieldProblem> hardshipProblems(LocalDate until, LocalDate today) {
        if (until != null && (!until.isAfter(today) || until.isAfter(today.plusDays(MAX_HARDSHIP_DAYS)))) {
            return List.of(FieldProblem.of("hardshipUntil", "must be after today and within " + MAX_HARDSHIP_DAYS + " days"));
        }
        return List.of();
    }

    public static NegotiationOutcome parseOutcome(String value) {
        try {
            return value == null ? null : NegotiationOutcome.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public LocalDate today() {
        return creditor.today(clock);
    }

    /** Logs the conversation on the case. */
    @Transactional
    public void record(long caseId, NegotiationResult result, String actor) {
        interactions.record(caseId, ContactChannel.PHONE, Direction.OUTBOUND, "NEGOTIATION", result.outcome().name(),
                actor == null ? InteractionLog.SYSTEM_ACTOR : actor, "Переговоры с должником", describe(result));
    }

    /** The end of a hardship pause: the given day, or {@link #DEFAULT_HARDSHIP_DAYS} days from today. */
    public LocalDate hardshipEnd(LocalDate requested) {
        return requested != null ? requested : today().plusDays(DEFAULT_HARDSHIP_DAYS);
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(creditor.timeZone()).toInstant();
    }

    private static String describe(NegotiationResult r) {
        String text = switch (r.outcome()) {
            case PAID -> "Должник сообщил об оплате; ожидаем поступления платежа.";
            case PROMISE_TO_PAY -> "Обещание оплатить " + RussianFormat.money(r.promisedAmount()) + " до "
                    + RussianFormat.date(r.promisedDate()) + ".";
            case DISPUTE -> "Должник оспаривает долг: " + r.disputeReason();
            case NO_CONTACT -> "Связаться с должником не удалось.";
            case REFUSED -> "Должник отказался платить.";
            case INSTALLMENT_PLAN -> "Должник просит рассрочку.";
            case WRONG_CONTACT -> "Контактные данные неверны.";
            case HARDSHIP -> "Тяжёлые обстоятельства у должника: работа приостановлена.";
        };
        return r.note() == null || r.note().isBlank() ? text : text + " Комментарий: " + r.note();
    }
}
