package dev.inkasso.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a case is owed: the invoice amount less every payment and write-off. Never stored, always derived.
 */
public record Balance(BigDecimal principal, BigDecimal paid, BigDecimal writtenOff, BigDecimal outstanding) {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    public static Balance of(BigDecimal principal, BigDecimal paid) {
        return of(principal, paid, BigDecimal.ZERO);
    }

    public static Balance of(BigDecimal principal, BigDecimal paid, BigDecimal writtenOff) {
        BigDecimal p = principal.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal in = paid.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal off = writtenOff.setScale(2, RoundingMode.UNNECESSARY);
        return new Balance(p, in, off, p.subtract(in).subtract(off).max(ZERO));
    }

    public boolean isSettled() {
        return outstanding.signum() == 0;
    }

    /** Paid beyond what was owed (an overpayment to refund or offset), zero otherwise. */
    public BigDecimal overpaid() {
        return paid.add(writtenOff).subtract(principal).min(paid).max(ZERO);
    }
}
