package dev.inkasso.reporting;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks every few minutes whether today's managers' digest is due ({@code inkasso.digest.enabled}). */
@Component
@ConditionalOnProperty(name = "inkasso.digest.enabled", havingValue = "true", matchIfMissing = true)
class RedFlagDigestSchedule {
    private final RedFlagDigest digest;

    RedFlagDigestSchedule(RedFlagDigest digest) {
        this.digest = digest;
    }

    @Scheduled(fixedDelayString = "${inkasso.digest.poll-interval:PT5M}", initialDelayString = "${inkasso.digest.poll-interval:PT5M}")
    void tick() {
        digest.sendIfDue();
    }
}
