package dev.inkasso.communication;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Drives the outbox sender on a schedule; tests switch it off and call the sender themselves. */
@Component
@ConditionalOnProperty(name = "inkasso.outbox.polling", havingValue = "true", matchIfMissing = true)
class OutboxPoller {
    private final OutboxSender sender;

    OutboxPoller(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${inkasso.outbox.poll-interval}", initialDelayString = "${inkasso.outbox.poll-interval}")
    void poll() {
        sender.deliverDue();
    }
}
