package dev.inkasso.payment;

public enum PaymentMethod {
    BANK_TRANSFER, CARD, SBP, CASH, OTHER,
    /** collected by the bailiffs (ФССП) */
    FSSP,
    /** collected by the debtor's bank on the writ (229-ФЗ ст. 8) */
    BANK_WRIT
}
