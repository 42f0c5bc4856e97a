package dev.inkasso.interaction;

public enum Direction {
    OUTBOUND, INBOUND, INTERNAL
}
