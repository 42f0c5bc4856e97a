package dev.inkasso.debtor;

/** How the creditor knows the debtor: the collection strategy is soft for partners and hard for one-off clients. */
public enum Relationship {
    LONG_TERM_PARTNER, ONE_OFF, NEW
}
