package dev.inkasso.workflow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * A legal term as ISO-8601: calendar terms ({@code P10D}, {@code P1M}, {@code P3Y}) count days, months and years
 * on the calendar — a month is a month, not 30 days — and end at the start of the day after; clock terms
 * ({@code PT5M}) count from the moment they start, so a demo or an acceptance run can compress them to minutes.
 */
public record Term(Period period, Duration duration) {
    public static Term valueOf(String iso) {
        String text = iso.trim().toUpperCase();
        return text.contains("T") ? new Term(Period.ZERO, Duration.parse(text)) : new Term(Period.parse(text), Duration.ZERO);
    }

    public boolean isCalendar() {
        return duration.isZero();
    }

    /** When a term that starts on {@code day} (a calendar term) or at {@code now} (a clock term) has run out. */
    public Instant endAfter(LocalDate day, Instant now, ZoneId zone) {
        return isCalendar() ? day.plus(period).plusDays(1).atStartOfDay(zone).toInstant() : now.plus(duration);
    }

    /** The moment this term before {@code day}: the start of that day; a clock term counts back from {@code now}'s view of it. */
    public Instant before(LocalDate day, Instant now, ZoneId zone) {
        return isCalendar() ? day.minus(period).atStartOfDay(zone).toInstant() : now;
    }

    /** The day a calendar term that starts on {@code day} ends; a clock term ends on the day it starts. */
    public LocalDate lastDay(LocalDate day) {
        return isCalendar() ? day.plus(period) : day;
    }

    @Override
    public String toString() {
        return isCalendar() ? period.toString() : duration.toString();
    }
}
