package dev.inkasso.legal;

import java.math.BigDecimal;
import java.util.List;

/** A total and the periods it is the sum of. {@code capped} is true when a penalty cap cut the total. */
public record Calculation(BigDecimal total, List<Period> periods, boolean capped) {
    public static Calculation of(List<Period> periods) {
        return new Calculation(periods.stream().map(Period::amount).reduce(Money.ZERO, BigDecimal::add), periods, false);
    }
}
