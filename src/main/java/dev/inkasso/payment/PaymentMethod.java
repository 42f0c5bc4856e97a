package dev.inkasso.payment;

public enum PaymentMethod {
    BANK_TRANSFER, CARD, SBP, CASH, OTHER
}
