package dev.inkasso.communication;

import dev.inkasso.debtcase.DebtCaseRepository;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued letters, one row lock and one transaction per letter. A letter is marked sent in the
 * transaction that sent it; if the node dies between SMTP's "250 OK" and the commit, the letter is sent
 * again with the same Message-ID, which receiving servers and mail clients use to drop the copy.
 */
@Component
public class OutboxSender {
    public static final String INCIDENT_TYPE = "letterDeliveryFailed";
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository outbox;
    private final JavaMailSenderImpl mailSender;
    private final TransactionTemplate transaction;
    private final InteractionLog interactions;
    private final DebtCaseRepository cases;
    private final RuntimeService runtime;
    private final MailProperties mail;
    private final OutboxProperties properties;
    private final Clock clock;

    public OutboxSender(OutboxRepository outbox, JavaMailSenderImpl mailSender, TransactionTemplate transaction,
                        InteractionLog interactions, DebtCaseRepository cases, RuntimeService runtime,
                        MailProperties mail, OutboxProperties properties, Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.transaction = transaction;
        this.interactions = interactions;
        this.cases = cases;
        this.runtime = runtime;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /** Delivers every letter that is due now, up to one batch; returns how many were attempted. */
    public int deliverDue() {
        int attempted = 0;
        while (attempted < properties.batchSize() && Boolean.TRUE.equals(transaction.execute(tx -> deliverNext()))) {
            attempted++;
        }
        return attempted;
    }

    private boolean deliverNext() {
        Instant now = clock.instant();
        Optional<OutboxMessage> next = outbox.lockNextDue(now);
        if (next.isEmpty()) {
            return false;
        }
        OutboxMessage message = next.get();
        try {
            send(message);
            message.markSent(message.stableMessageId(), now);
            interactions.record(message.getCaseId(), Channel.EMAIL, Direction.OUTBOUND, message.getKind(), "SENT",
                    InteractionLog.SYSTEM_ACTOR, message.getSubject(), message.getBodyText());
            log.info("Letter {} of case {} sent", message.getId(), message.getCaseId());
        } catch (MailException | MessagingException e) {
            boolean exhausted = message.markFailed(e.getMessage(), now, properties.firstRetryAfter(), properties.maxAttempts());
            log.warn("Letter {} of case {} failed (attempt {}): {}", message.getId(), message.getCaseId(),
                    message.getAttempts(), e.getClass().getSimpleName());
            if (exhausted) {
                giveUp(message);
            }
        }
        return true;
    }

    private void send(OutboxMessage message) throws MessagingException {
        String messageId = message.stableMessageId();
        MimeMessage mime = new MimeMessage(mailSender.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        helper.setFrom(mail.from());
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        helper.setText(message.getBodyText(), message.getBodyHtml());
        mailSender.send(mime);
    }

    /** The retry budget is spent: the failure is logged on the case and shown as an incident in Cockpit. */
    private void giveUp(OutboxMessage message) {
        interactions.record(message.getCaseId(), Channel.EMAIL, Direction.OUTBOUND, message.getKind(), "FAILED",
                InteractionLog.SYSTEM_ACTOR, message.getSubject(),
                "Письмо не доставлено после " + message.getAttempts() + " попыток: " + message.getLastError());
        cases.findById(message.getCaseId())
                .map(c -> c.getProcessInstanceId())
                .filter(pid -> runtime.createProcessInstanceQuery().processInstanceId(pid).active().count() > 0)
                .ifPresent(pid -> runtime.createIncident(INCIDENT_TYPE, pid, String.valueOf(message.getId()),
                        "Letter " + message.getKind() + " could not be delivered: " + message.getLastError()));
    }
}
