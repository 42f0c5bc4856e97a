package dev.inkasso.negotiation;

/** What the officer recorded in Task_Negotiate (variable {@code negotiationOutcome}). */
public enum NegotiationOutcome {
    /** The debtor says they paid: wait for the bank to confirm. */
    PAID,
    /** The debtor promised an amount by a date ({@code promisedAmount}, {@code promisedDate}). */
    PROMISE_TO_PAY,
    /** The debtor disputes the debt ({@code disputeReason}). */
    DISPUTE,
    NO_CONTACT,
    REFUSED
}
