package dev.inkasso.debtcase;

/**
 * A case's ledger or stage changed (a payment was recorded, the case entered a stage). Published inside the
 * transaction that made the change; listeners that act after the commit see it only if it committed.
 */
public record CaseChanged(long caseId, CaseStage stage, boolean payment) {
    public static CaseChanged paymentOn(long caseId) {
        return new CaseChanged(caseId, null, true);
    }

    public static CaseChanged entered(long caseId, CaseStage stage) {
        return new CaseChanged(caseId, stage, false);
    }
}
