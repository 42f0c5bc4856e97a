package dev.inkasso.debtcase;

/** OPEN and BANKRUPTCY (the debtor is bankrupt, the claim is in the register) are open; the others are closed. */
public enum CaseStatus {
    OPEN, PAID, SETTLED, WRITTEN_OFF, BANKRUPTCY
}
