package dev.inkasso.communication;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inkasso.contact-policy.*}: when and how often Inkasso may contact a debtor, in the debtor's time
 * zone. Defaults for individuals are 230-ФЗ ст. 7 (docs/LEGAL.md §7.1): 08:00–22:00 on working days and
 * 09:00–20:00 on weekends and holidays; messages at most 2 a day, 4 a week, 16 a month; calls 1 / 2 / 8.
 * Businesses (organisations and sole proprietors) are contacted in business hours on working days.
 * {@code enforceHoursAndCaps=false} switches hours and caps off (e.g. for a test installation); contact
 * restrictions and holds always apply.
 */
@ConfigurationProperties("inkasso.contact-policy")
public record ContactPolicyProperties(
        @DefaultValue("true") boolean enforceHoursAndCaps,
        @DefaultValue Window individualWorkingDay,
        @DefaultValue Window individualDayOff,
        @DefaultValue Window businessHours,
        @DefaultValue Caps messages,
        @DefaultValue Caps calls) {

    public record Window(LocalTime from, LocalTime to) {
    }

    public record Caps(int perDay, int perWeek, int perMonth) {
    }

    public ContactPolicyProperties {
        individualWorkingDay = orDefault(individualWorkingDay, LocalTime.of(8, 0), LocalTime.of(22, 0));
        individualDayOff = orDefault(individualDayOff, LocalTime.of(9, 0), LocalTime.of(20, 0));
        businessHours = orDefault(businessHours, LocalTime.of(9, 0), LocalTime.of(18, 0));
        messages = messages == null || messages.perDay() == 0 ? new Caps(2, 4, 16) : messages;
        calls = calls == null || calls.perDay() == 0 ? new Caps(1, 2, 8) : calls;
    }

    private static Window orDefault(Window window, LocalTime from, LocalTime to) {
        return window == null || window.from() == null || window.to() == null ? new Window(from, to) : window;
    }
}
