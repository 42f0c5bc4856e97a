package dev.inkasso.debtcase;

import java.time.Instant;

/**
 * When a new case's first timers fire. {@code overdueAt} is the first moment after the due date in the
 * creditor's zone; the pre-due reminder is planned only while the due date is still ahead.
 */
public record CaseTimeline(boolean preDueReminderPlanned, Instant preDueReminderAt, Instant overdueAt) {
}
