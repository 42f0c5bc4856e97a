package dev.inkasso.communication;

public enum Direction {
    OUTBOUND, INBOUND, INTERNAL
}
