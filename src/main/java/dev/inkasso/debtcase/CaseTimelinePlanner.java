package dev.inkasso.debtcase;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.workflow.TimelineProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

@Service
public class CaseTimelinePlanner {
    private final TimelineProperties timeline;
    private final CreditorProperties creditor;
    private final Clock clock;

    public CaseTimelinePlanner(TimelineProperties timeline, CreditorProperties creditor, Clock clock) {
        this.timeline = timeline;
        this.creditor = creditor;
        this.clock = clock;
    }

    public CaseTimeline plan(LocalDate dueDate) {
        Instant now = clock.instant();
        Instant dueDayStart = dueDate.atStartOfDay(creditor.timeZone()).toInstant();
        Instant overdueAt = dueDate.plusDays(1).atStartOfDay(creditor.timeZone()).toInstant();
        Instant reminderAt = dueDayStart.minus(timeline.preDueReminderBefore());
        boolean planned = now.isBefore(dueDayStart);
        return new CaseTimeline(planned, reminderAt.isBefore(now) ? now : reminderAt, overdueAt);
    }
}
