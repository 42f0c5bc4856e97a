package dev.inkasso.hold;

/** Why a case is on hold: a dispute, hardship (death in the family, emergency, hospital), bankruptcy, a 230-ФЗ refusal, other. */
public enum HoldReason {
    DISPUTE, HARDSHIP, BANKRUPTCY, CONTACT_REFUSED, OTHER
}
