package dev.inkasso.negotiation;

/** What the officer recorded in Task_Negotiate (variable {@code negotiationOutcome}). */
public enum NegotiationOutcome {
    /** The debtor says they paid: wait for the bank to confirm. */
    PAID,
    /** The debtor promised an amount by a date ({@code promisedAmount}, {@code promisedDate}). */
    PROMISE_TO_PAY,
    /** The debtor disputes the debt ({@code disputeReason}). */
    DISPUTE,
    /** The debtor could not be reached. */
    NO_CONTACT,
    REFUSED,
    /** The debtor proposes to pay in installments ({@code installments}). */
    INSTALLMENT_PLAN,
    /** The contact data is wrong (the wrong person answered, the number is dead). */
    WRONG_CONTACT,
    /** The debtor is in hardship (death in the family, emergency, hospital): pause until {@code hardshipUntil}. */
    HARDSHIP
}
