package dev.inkasso.legal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a расчёт: {@code base × rate × days / daysInYear} (interest, rate in % per year) or
 * {@code base × rate × days} (penalty, rate in % per day; daysInYear is then null), rounded to kopecks.
 */
public record Period(LocalDate from, LocalDate to, long days, Integer daysInYear, BigDecimal rate, BigDecimal base,
                     BigDecimal amount) {
}
