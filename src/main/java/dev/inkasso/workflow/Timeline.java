package dev.inkasso.workflow;

import org.springframework.stereotype.Component;

/** Timer durations as the BPMN reads them: {@code ${timeline.secondNoticeAfter}}. */
@Component("timeline")
public class Timeline {
    private final TimelineProperties properties;

    public Timeline(TimelineProperties properties) {
        this.properties = properties;
    }

    public String getFriendlyReminderAfterDue() {
        return properties.friendlyReminderAfterDue().toString();
    }

    public String getSecondNoticeAfter() {
        return properties.secondNoticeAfter().toString();
    }

    public String getNegotiationAfter() {
        return properties.negotiationAfter().toString();
    }

    public String getPaymentConfirmationWait() {
        return properties.paymentConfirmationWait().toString();
    }
}
