package dev.inkasso.hold;

import java.time.Instant;
import java.time.LocalDate;

/** A hold as the API shows it, active or ended. */
public record HoldView(Long id, HoldReason reason, LocalDate until, String note, String placedBy, Instant placedAt,
                       String liftedBy, Instant liftedAt, boolean active) {
    public static HoldView of(CaseHold h) {
        return new HoldView(h.getId(), h.getReason(), h.getUntil(), h.getNote(), h.getPlacedBy(), h.getPlacedAt(),
                h.getLiftedBy(), h.getLiftedAt(), h.isActive());
    }
}
