package dev.inkasso.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** The answer to a payment: the same body however often the payment is posted. */
public record PaymentView(String paymentId, String invoiceNumber, Long caseId, BigDecimal amount, Instant paidAt,
                          PaymentMethod method) {
}
