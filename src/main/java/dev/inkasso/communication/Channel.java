package dev.inkasso.communication;

public enum Channel {
    EMAIL, PHONE, SMS, POST, MEETING, SYSTEM
}
