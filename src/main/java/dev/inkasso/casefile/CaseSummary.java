package dev.inkasso.casefile;

import dev.inkasso.debtcase.CaseStatus;
import dev.inkasso.debtcase.CaseStage;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of {@code GET /api/cases}. */
public record CaseSummary(Long id, String invoiceNumber, String debtorName, String debtorInn, CaseStage stage,
                          CaseStatus status, BigDecimal principal, BigDecimal paid, BigDecimal outstanding,
                          LocalDate dueDate) {
}
