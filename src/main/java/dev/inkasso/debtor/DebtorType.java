package dev.inkasso.debtor;

public enum DebtorType {
    ORGANIZATION, SOLE_PROPRIETOR, INDIVIDUAL;

    /** Organisations carry a 10-digit ИНН; individuals and sole proprietors a 12-digit one. */
    public int innLength() {
        return this == ORGANIZATION ? 10 : 12;
    }
}
