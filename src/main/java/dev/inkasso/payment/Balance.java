package dev.inkasso.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a case is owed: the invoice amount less every payment. Never stored, always derived. */
public record Balance(BigDecimal principal, BigDecimal paid, BigDecimal outstanding) {
    public static Balance of(BigDecimal principal, BigDecimal paid) {
        BigDecimal p = principal.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal in = paid.setScale(2, RoundingMode.UNNECESSARY);
        return new Balance(p, in, p.subtract(in).max(BigDecimal.ZERO.setScale(2)));
    }

    public boolean isSettled() {
        return outstanding.signum() == 0;
    }

    /** Paid beyond the principal (an overpayment to refund or offset), zero otherwise. */
    public BigDecimal overpaid() {
        return paid.subtract(principal).max(BigDecimal.ZERO.setScale(2));
    }
}
