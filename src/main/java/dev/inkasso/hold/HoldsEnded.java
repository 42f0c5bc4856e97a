package dev.inkasso.hold;

import java.time.Instant;

/** The last hold of a case has ended at {@code at}: what waited for it (deferred letters) may go on. */
public record HoldsEnded(long caseId, Instant at) {
}
