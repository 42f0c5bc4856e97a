package dev.inkasso.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code enforcement} of {@code GET /api/cases/{id}}. */
public record EnforcementView(String channel, String bankName, String proceedingsNumber, String bailiffDepartment, String status,
                              LocalDate submittedOn, int submissions, BigDecimal collected, LocalDate writExpiresOn,
                              String bankruptcyCaseNumber, LocalDate claimRegisteredOn) {
    static EnforcementView of(EnforcementCase e, BigDecimal collected) {
        return new EnforcementView(e.getChannel() == null ? null : e.getChannel().name(), e.getBankName(), e.getProceedingsNumber(),
                e.getBailiffDepartment(), e.getStatus() == null ? null : e.getStatus().name(), e.getSubmittedOn(), e.getSubmissions(),
                collected, e.getWritExpiresOn(), e.getBankruptcyCaseNumber(), e.getClaimRegisteredOn());
    }
}
