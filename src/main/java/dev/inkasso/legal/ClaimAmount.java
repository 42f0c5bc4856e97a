package dev.inkasso.legal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What to claim from a debtor on a date: the unpaid principal, interest under ст. 395 or the contractual
 * penalty (never both, ГК ст. 395 п. 4), the state fee for the court the route table picks, and the total.
 */
public record ClaimAmount(long caseId, LocalDate asOf, BigDecimal principal, BigDecimal interest, BigDecimal penalties,
                          BigDecimal claimed, BigDecimal stateFee, BigDecimal total, Court court,
                          CourtRoute.Procedure procedure, String stateFeeSchedule, boolean unconfirmed,
                          List<String> unconfirmedFacts, List<Period> interestPeriods, List<Period> penaltyPeriods) {
}
