package dev.inkasso.communication;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A mail whose Message-ID is ours, not the one JavaMail makes up on sending: a mail sent again after a crash carries
 * the same id, so mail servers and clients recognise the copy.
 */
public final class StableMessageId {
    private StableMessageId() {
    }

    public static MimeMessage message(Session session, String messageId) {
        return new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
    }
}
