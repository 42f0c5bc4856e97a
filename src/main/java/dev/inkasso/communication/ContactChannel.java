package dev.inkasso.communication;

public enum ContactChannel {
    EMAIL, PHONE, SMS, POST, MEETING, SYSTEM
}
