package dev.inkasso.payment;

import java.math.BigDecimal;

/**
 * {@code POST /api/payments}. {@code paymentId} is the payer bank's id and the idempotency key;
 * {@code paidAt} is an ISO instant, a local date-time or a date (both read in the creditor's zone).
 */
public record PaymentRequest(String paymentId, String invoiceNumber, BigDecimal amount, String paidAt, String method) {
}
