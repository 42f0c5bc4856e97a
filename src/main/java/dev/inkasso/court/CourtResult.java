package dev.inkasso.court;

/** What the court did with a filing ({@code courtResult} of the task «Результат рассмотрения»). */
public enum CourtResult {
    HEARING_SCHEDULED, ORDER_ISSUED, ORDER_CANCELLED, GRANTED, GRANTED_IN_PART, REFUSED, SETTLED, RETURNED;

    /** An order or a judgment that awards money: from it on, the award is the debt. */
    public boolean awards() {
        return this == ORDER_ISSUED || this == GRANTED || this == GRANTED_IN_PART;
    }
}
