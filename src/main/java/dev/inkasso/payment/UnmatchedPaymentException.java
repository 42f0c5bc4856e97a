package dev.inkasso.payment;

/** The payment names no known invoice; it was kept as unmatched (answered 422). */
public class UnmatchedPaymentException extends RuntimeException {
    private final long unmatchedPaymentId;

    public UnmatchedPaymentException(long unmatchedPaymentId, String message) {
        super(message);
        this.unmatchedPaymentId = unmatchedPaymentId;
    }

    public long unmatchedPaymentId() {
        return unmatchedPaymentId;
    }
}
