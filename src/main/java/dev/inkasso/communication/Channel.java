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

    /**
     * A run of deliveries that share what each would otherwise set up and tear down (mail: one SMTP connection for a
     * batch of letters). The outbox opens one per batch and closes it when the batch is done.
     */
    default Run open() {
        return (message, recipient) -> () -> send(message, recipient);
    }

    /** Deliveries over one connection; a failed delivery does not end the run. */
    interface Run extends AutoCloseable {
        /**
         * Builds the delivery of the message to {@code recipient} (mail: the MIME message with its QR code) without
         * sending it: the outbox builds letters side by side and sends them in turn.
         */
        Delivery prepare(OutboxMessage message, String recipient) throws DeliveryException;

        @Override
        default void close() {
        }
    }

    /** A built delivery, sent over its run's connection. */
    @FunctionalInterface
    interface Delivery {
        /** Sends it; returns the delivery's id. */
        String deliver() throws DeliveryException;
    }

    /** Delivery failed; the outbox retries later. */
    class DeliveryException extends Exception {
        public DeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
