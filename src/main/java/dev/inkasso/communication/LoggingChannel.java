package dev.inkasso.communication;

import dev.inkasso.interaction.ContactChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * SMS (and, the same way, messengers): no provider can run here, so this adapter records the message as
 * delivered to the log channel; the text itself stays in the outbox row and the interaction log. A real
 * provider adapter implements {@link Channel} for {@link ContactChannel#SMS} and replaces this bean.
 */
@Component
class LoggingChannel implements Channel {
    private static final Logger log = LoggerFactory.getLogger(LoggingChannel.class);

    @Override
    public ContactChannel type() {
        return ContactChannel.SMS;
    }

    @Override
    public String send(OutboxMessage message, String recipient) {
        log.info("SMS {} of case {} recorded by the logging channel (no SMS provider configured)", message.getId(),
                message.getCaseId());
        return "logged-sms-" + message.getId();
    }
}
