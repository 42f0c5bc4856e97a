package dev.inkasso.debtcase;

public enum CaseStatus {
    OPEN, PAID, SETTLED, WRITTEN_OFF
}
