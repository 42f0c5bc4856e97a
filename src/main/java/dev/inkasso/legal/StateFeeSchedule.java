package dev.inkasso.legal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One dated scale of state fees for property claims in one kind of court (loaded from legal/state-fees.json). */
public record StateFeeSchedule(String id, Court court, LocalDate validFrom, String name, List<Tier> tiers,
                               BigDecimal min, BigDecimal max, FactStatus maxStatus, CourtOrder courtOrder) {

    /** For amounts above {@code over}: {@code base + percent% × (amount − over)}. */
    public record Tier(BigDecimal over, BigDecimal base, BigDecimal percent, FactStatus status) {
    }

    /** A court-order application costs {@code factor} of the claim fee, at least {@code min} if set. */
    public record CourtOrder(BigDecimal factor, FactStatus factorStatus, BigDecimal min, FactStatus minStatus) {
    }
}
