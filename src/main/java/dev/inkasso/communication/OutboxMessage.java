package dev.inkasso.communication;

import dev.inkasso.interaction.ContactChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A letter written in the process's transaction and delivered by {@link OutboxSender} afterwards. Its text, HTML and
 * QR payload never change once written: an update (sent, deferred, failed) sets only the columns that changed, so
 * PostgreSQL keeps the stored bodies instead of writing them — and their TOAST chunks — again for every mark.
 */
@Entity
@DynamicUpdate
@Table(name = "outbox_message")
public class OutboxMessage {
    private static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "idempotency_key", nullable = false, unique = true)
    private String idempotencyKey;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "last_error")
    private String lastError;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactChannel channel;

    @Column(name = "qr_payload")
    private String qrPayload;

    @Column(name = "deferred_reason")
    private String deferredReason;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "to_debtor", nullable = false)
    private boolean toDebtor = true;

    protected OutboxMessage() {
    }

    public OutboxMessage(long caseId, String idempotencyKey, String kind, ContactChannel channel, String recipient,
                         String subject, String bodyText, String bodyHtml, String qrPayload, Instant now) {
        this.caseId = caseId;
        this.channel = channel;
        this.qrPayload = qrPayload;
        this.idempotencyKey = idempotencyKey;
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** The Message-ID this letter carries on every attempt, so a receiver can drop a resent copy. */
    public String stableMessageId() {
        return "<inkasso." + id + "." + Integer.toHexString(idempotencyKey.hashCode()) + "@inkasso>";
    }

    /** Attaches a stored document (PDF) to the letter. */
    public OutboxMessage attach(Long documentId) {
        this.documentId = documentId;
        return this;
    }

    /** A letter to a business partner (an agency), not to the debtor: the debtor contact policy does not apply. */
    public OutboxMessage notToDebtor() {
        this.toDebtor = false;
        return this;
    }

    /** Waits until {@code at}; returns true when the reason is new (and so worth logging). */
    boolean defer(Instant at, String reason) {
        boolean changed = !reason.equals(deferredReason);
        this.nextAttemptAt = at;
        this.deferredReason = reason;
        return changed;
    }

    void cancel() {
        this.status = OutboxStatus.CANCELLED;
    }

    void markSent(String messageId, Instant at) {
        this.status = OutboxStatus.SENT;
        this.messageId = messageId;
        this.sentAt = at;
        this.attempts++;
        this.lastError = null;
    }

    /** Records a failed attempt; returns true when the retry budget is spent and the letter is FAILED. */
    boolean markFailed(String error, Instant now, Duration firstRetryAfter, int maxAttempts) {
        this.attempts++;
        this.lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        if (attempts >= maxAttempts) {
            this.status = OutboxStatus.FAILED;
            return true;
        }
        this.nextAttemptAt = now.plus(firstRetryAfter.multipliedBy(1L << Math.min(attempts - 1, 20)));
        return false;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getLastError() {
        return lastError;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public String getQrPayload() {
        return qrPayload;
    }

    public String getDeferredReason() {
        return deferredReason;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public boolean isToDebtor() {
        return toDebtor;
    }
}
