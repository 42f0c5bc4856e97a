package dev.inkasso.communication;

public enum OutboxStatus {
    PENDING, SENT, FAILED, CANCELLED
}
