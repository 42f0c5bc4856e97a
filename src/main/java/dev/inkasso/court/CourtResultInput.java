package dev.inkasso.court;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a lawyer recorded as the court's result, already checked. */
public record CourtResultInput(CourtResult result, LocalDate resultDate, LocalDate hearingDate, BigDecimal awardedPrincipal,
                               BigDecimal awardedInterest, BigDecimal awardedCosts, boolean interestUntilPaid, String note) {
}
