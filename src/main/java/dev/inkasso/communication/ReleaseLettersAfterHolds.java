package dev.inkasso.communication;

import dev.inkasso.hold.HoldsEnded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When a case's last hold ends, the letters deferred for it become due again, in the same transaction. */
@Component
class ReleaseLettersAfterHolds {
    private final OutboxRepository outbox;

    ReleaseLettersAfterHolds(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(HoldsEnded ended) {
        outbox.releaseDeferred(ended.caseId(), OutboxSender.DEFERRED_FOR_HOLD, ended.at());
    }
}
