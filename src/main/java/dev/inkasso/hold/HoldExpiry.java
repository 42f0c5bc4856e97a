package dev.inkasso.hold;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Lifts holds whose end date has come; tests switch it off and call {@link Holds#liftExpired()} themselves. */
@Component
@ConditionalOnProperty(name = "inkasso.holds.polling", havingValue = "true", matchIfMissing = true)
class HoldExpiry {
    private final Holds holds;

    HoldExpiry(Holds holds) {
        this.holds = holds;
    }

    @Scheduled(fixedDelayString = "${inkasso.holds.poll-interval:PT1M}", initialDelayString = "${inkasso.holds.poll-interval:PT1M}")
    void liftExpired() {
        holds.liftExpired();
    }
}
