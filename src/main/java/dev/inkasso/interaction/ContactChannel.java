package dev.inkasso.interaction;

public enum ContactChannel {
    EMAIL, PHONE, SMS, POST, MEETING, SYSTEM
}
