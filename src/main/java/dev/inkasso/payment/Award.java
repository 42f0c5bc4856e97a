package dev.inkasso.payment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a court awarded (principal, interest, costs, and interest still accruing to today where the court
 * awarded it to the day of payment), and since when: from then on the award, not the invoice, is the debt, and
 * only payments and write-offs since count against it.
 */
public record Award(BigDecimal total, Instant since) {
}
