package dev.inkasso.communication;

/** Why a debtor may not be contacted directly (230-ФЗ ст. 7 ч. 2, ст. 8; bankruptcy law). */
public enum ContactRestrictionKind {
    BANKRUPTCY, INPATIENT, DISABILITY_GROUP_I, INCAPACITATED, MINOR, CONTACT_REFUSED, REPRESENTATIVE_ONLY
}
