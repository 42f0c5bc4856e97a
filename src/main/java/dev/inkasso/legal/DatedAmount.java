package dev.inkasso.legal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment (or any dated sum) that lowers the debt on its date. */
public record DatedAmount(LocalDate date, BigDecimal amount) {
}
