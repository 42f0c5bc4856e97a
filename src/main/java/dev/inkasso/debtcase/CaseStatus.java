package dev.inkasso.debtcase;

/** OPEN and BANKRUPTCY (the debtor is bankrupt, the claim is in the register) are open; the others are closed. */
public enum CaseStatus {
    OPEN("В работе"),
    PAID("Оплачено"),
    SETTLED("Урегулировано"),
    WRITTEN_OFF("Списано"),
    BANKRUPTCY("Банкротство должника");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
