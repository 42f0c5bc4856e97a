package dev.inkasso.invoice;

public record IntakeResult(long invoiceId, long caseId, String processInstanceId) {
}
