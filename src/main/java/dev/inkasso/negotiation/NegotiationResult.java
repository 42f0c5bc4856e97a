package dev.inkasso.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A validated negotiation outcome with the details its kind requires. */
public record NegotiationResult(NegotiationOutcome outcome, BigDecimal promisedAmount, LocalDate promisedDate,
                                String disputeReason, String note) {
}
