package dev.inkasso.communication;

import java.time.Instant;

/**
 * The contact policy's answer for one letter at one moment: send now (perhaps to a representative), or
 * wait until {@code notBefore} for the named reason. Nothing is ever dropped.
 */
public record ContactDecision(boolean allowed, Instant notBefore, String reason, String redirectTo) {
    static ContactDecision send() {
        return new ContactDecision(true, null, null, null);
    }

    static ContactDecision sendTo(String recipient, String reason) {
        return new ContactDecision(true, null, reason, recipient);
    }

    static ContactDecision waitUntil(Instant notBefore, String reason) {
        return new ContactDecision(false, notBefore, reason, null);
    }
}
