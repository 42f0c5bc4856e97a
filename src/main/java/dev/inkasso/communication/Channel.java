package dev.inkasso.communication;

import dev.inkasso.interaction.ContactChannel;
/**
 * A way to deliver a letter to a debtor. Mail is real ({@link EmailChannel}); channels whose providers
 * cannot run here (SMS, messengers) use {@link LoggingChannel}, which records what would be sent.
 */
public interface Channel {
    ContactChannel type();

    /** Delivers the message to {@code recipient}; returns the delivery's id. */
    String send(OutboxMessage message, String recipient) throws DeliveryException;

    /** Delivery failed; the outbox retries later. */
    class DeliveryException extends Exception {
        public DeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
