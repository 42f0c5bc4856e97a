package dev.inkasso.invoice;

import dev.inkasso.debtor.DebtorRequest;
import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code POST /api/invoices}: a new debtor inline ({@code debtor}) or a known one ({@code debtorId}). */
public record InvoiceRequest(String number, DebtorRequest debtor, Long debtorId, BigDecimal amount,
                             LocalDate issueDate, LocalDate dueDate, String contractRef,
                             BigDecimal penaltyRatePerDay) {
}
