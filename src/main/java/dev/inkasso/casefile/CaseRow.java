package dev.inkasso.casefile;

import dev.inkasso.debtcase.CaseStage;
import dev.inkasso.debtcase.CaseStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of a case list: who owes what since when, where the case stands and who worked it last. */
public record CaseRow(long id, String invoiceNumber, long debtorId, String debtorName, String debtorInn, CaseStage stage,
                      CaseStatus status, BigDecimal principal, BigDecimal paid, BigDecimal outstanding,
                      LocalDate dueDate, long daysOverdue, String strategy, String officer) {

    CaseSummary summary() {
        return new CaseSummary(id, invoiceNumber, debtorName, debtorInn, stage, status, principal, paid, outstanding, dueDate);
    }
}
