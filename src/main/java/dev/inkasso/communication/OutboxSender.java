package dev.inkasso.communication;

import dev.inkasso.hold.Holds;
import dev.inkasso.interaction.Direction;
import dev.inkasso.interaction.ContactChannel;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.debtor.Debtor;
import dev.inkasso.debtor.DebtorRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued letters, one row lock and one transaction per letter, and hands them to their channel in the
 * order they fell due ({@link SendingOrder}; on each node), however many sender threads build them. Before each send it asks: is the
 * case still open (else the letter is cancelled), on hold, or may the debtor be contacted now (contact
 * policy)? A letter that may not go now is deferred to the next allowed moment, never dropped, and the
 * deferral is logged. A letter is marked sent in the transaction that sent it; if the node dies between
 * SMTP's "250 OK" and the commit, the letter goes again with the same Message-ID, which receiving servers
 * and mail clients use to drop the copy.
 */
@Component
public class OutboxSender {
    public static final String INCIDENT_TYPE = "letterDeliveryFailed";
    static final String DEFERRED_FOR_HOLD = "CASE_ON_HOLD";
    private static final Duration HOLD_RECHECK = Duration.ofDays(1);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository outbox;
    private final Map<ContactChannel, Channel> channels;
    private final TransactionTemplate transaction;
    private final InteractionLog interactions;
    private final DebtCaseRepository cases;
    private final Holds holds;
    private final ContactPolicy policy;
    private final RuntimeService runtime;
    private final OutboxProperties properties;
    private final Clock clock;
    private final SendingOrder order = new SendingOrder();
    private final DebtorRepository debtors;

    public OutboxSender(OutboxRepository outbox, List<Channel> channels, TransactionTemplate transaction,
                        InteractionLog interactions, DebtCaseRepository cases, Holds holds, ContactPolicy policy,
                        RuntimeService runtime, OutboxProperties properties, Clock clock, DebtorRepository debtors) {
        this.outbox = outbox;
        this.channels = channels.stream().collect(Collectors.toMap(Channel::type, Function.identity()));
        this.transaction = transaction;
        this.interactions = interactions;
        this.cases = cases;
        this.holds = holds;
        this.policy = policy;
        this.runtime = runtime;
        this.properties = properties;
        this.clock = clock;
        this.debtors = debtors;
    }

    /**
     * Handles the letters that are due now, up to one batch, each in its own transaction; the batch's letters share
     * one connection per channel. Returns how many were handled.
     */
    public int deliverDue() {
        int handled = 0;
        try (Runs runs = new Runs()) {
            while (handled < properties.batchSize() && Boolean.TRUE.equals(transaction.execute(tx -> deliverNext(runs)))) {
                handled++;
            }
        }
        return handled;
    }

    private boolean deliverNext(Runs runs) {
        Instant now = clock.instant();
        Optional<SendingOrder.Turn<Claimed>> claimed = order.claim(() -> claimNext(now));
        if (claimed.isEmpty()) {
            return false;
        }
        try (SendingOrder.Turn<Claimed> turn = claimed.get()) {
            deliver(runs, turn, now);
        }
        return true;
    }

    /**
     * The next due letter with its case. A letter to an individual that counts against the contact caps also locks
     * its debtor (here, in claim order, so that a sender waiting for its turn never holds a debtor another one needs):
     * two senders would otherwise both count the same earlier contacts and both send.
     */
    private Optional<Claimed> claimNext(Instant now) {
        return outbox.lockNextDue(now).map(message -> {
            DebtCase debtCase = cases.findWithDebtorById(message.getCaseId()).orElseThrow();
            Debtor debtor = debtCase.getInvoice().getDebtor();
            if (message.isToDebtor() && debtCase.isOpen() && policy.capped(debtor, message.getChannel())) {
                debtors.lockForContact(debtor.getId());
            }
            return new Claimed(message, debtCase);
        });
    }

    private record Claimed(OutboxMessage message, DebtCase debtCase) {
    }

    private void deliver(Runs runs, SendingOrder.Turn<Claimed> turn, Instant now) {
        OutboxMessage message = turn.item().message();
        DebtCase debtCase = turn.item().debtCase();
        if (!debtCase.isOpen()) {
            message.cancel();
            interactions.record(message.getCaseId(), message.getChannel(), Direction.OUTBOUND, message.getKind(),
                    "CANCELLED", InteractionLog.SYSTEM_ACTOR, message.getSubject(), "Дело закрыто до отправки: письмо не отправлено.");
            return;
        }
        if (!message.isToDebtor()) {
            send(runs, turn, message.getRecipient(), now);
            return;
        }
        if (holds.isOnHold(debtCase.getId())) {
            defer(message, debtCase, now, now.plus(HOLD_RECHECK), DEFERRED_FOR_HOLD);
            return;
        }
        ContactDecision decision = policy.decide(debtCase.getInvoice().getDebtor(), message.getChannel(), now);
        if (!decision.allowed()) {
            defer(message, debtCase, now, decision.notBefore(), decision.reason());
            return;
        }
        send(runs, turn, decision.redirectTo() != null ? decision.redirectTo() : message.getRecipient(), now);
    }

    /** Built beside the other senders' letters, sent in turn; marked sent at the moment the channel took it. */
    private void send(Runs runs, SendingOrder.Turn<Claimed> turn, String recipient, Instant now) {
        OutboxMessage message = turn.item().message();
        try {
            Channel.Delivery delivery = runs.of(message.getChannel()).prepare(message, recipient);
            if (properties.dueOrder()) {
                turn.await();
            }
            String deliveryId = delivery.deliver();
            message.markSent(deliveryId, clock.instant());
            turn.close();
            interactions.record(message.getCaseId(), message.getChannel(), Direction.OUTBOUND, message.getKind(), "SENT",
                    InteractionLog.SYSTEM_ACTOR, message.getSubject(), message.getBodyText());
            log.info("Letter {} of case {} sent", message.getId(), message.getCaseId());
        } catch (Channel.DeliveryException e) {
            turn.close();
            boolean exhausted = message.markFailed(rootMessage(e), now, properties.firstRetryAfter(), properties.maxAttempts());
            log.warn("Letter {} of case {} failed (attempt {}): {}", message.getId(), message.getCaseId(),
                    message.getAttempts(), e.getMessage());
            if (exhausted) {
                giveUp(message);
            }
        }
    }

    /** The channels' runs of one batch, opened at a channel's first letter and closed with the batch. */
    private final class Runs implements AutoCloseable {
        private final Map<ContactChannel, Channel.Run> open = new java.util.EnumMap<>(ContactChannel.class);

        Channel.Run of(ContactChannel channel) {
            return open.computeIfAbsent(channel, c -> channels.get(c).open());
        }

        @Override
        public void close() {
            open.values().forEach(Channel.Run::close);
        }
    }

    private void defer(OutboxMessage message, DebtCase debtCase, Instant now, Instant notBefore, String reason) {
        // never due again at once: a poll works off every due letter, and a letter deferred to "now" would keep it busy
        Instant until = notBefore.isAfter(now) ? notBefore : now.plus(properties.pollInterval());
        if (message.defer(until, reason)) {
            String local = LocalDateTime.ofInstant(until, debtCase.getInvoice().getDebtor().getTimeZone()).format(LOCAL);
            interactions.record(message.getCaseId(), message.getChannel(), Direction.OUTBOUND, message.getKind(), "DEFERRED",
                    InteractionLog.SYSTEM_ACTOR, message.getSubject(),
                    "Отправка отложена до " + local + " (время должника): " + reason);
        }
    }

    /** The retry budget is spent: the failure is logged on the case and shown as an incident in Cockpit. */
    private void giveUp(OutboxMessage message) {
        interactions.record(message.getCaseId(), message.getChannel(), Direction.OUTBOUND, message.getKind(), "FAILED",
                InteractionLog.SYSTEM_ACTOR, message.getSubject(),
                "Письмо не доставлено после " + message.getAttempts() + " попыток: " + message.getLastError());
        cases.findById(message.getCaseId())
                .map(DebtCase::getProcessInstanceId)
                .filter(pid -> runtime.createProcessInstanceQuery().processInstanceId(pid).count() > 0)
                .flatMap(pid -> runtime.getActiveActivityIds(pid).stream().findFirst()
                        .map(activity -> runtime.createExecutionQuery().processInstanceId(pid).activityId(activity).list().get(0)))
                .ifPresent(execution -> runtime.createIncident(INCIDENT_TYPE, execution.getId(), String.valueOf(message.getId()),
                        "Letter " + message.getId() + " (" + message.getKind() + ") could not be delivered after "
                                + message.getAttempts() + " attempts: check the SMTP server and the debtor's address"
                                + " (GET /api/outbox/" + message.getId() + "); the letter stays FAILED in the outbox, so reach the debtor another way"));
    }

    /** The innermost cause's text: for SMTP the server's answer, without the recipient's address. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
