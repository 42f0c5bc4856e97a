package dev.inkasso.debtcase;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.workflow.ProcessVariables;
import dev.inkasso.workflow.TimelineProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;

/**
 * When a case's first timers fire, from its invoice's due date. The debt-case model (from 2.6.0) asks when it reaches
 * them ({@code ${caseTimeline.overdueAt(execution)}}) instead of carrying the answers as variables: three runtime
 * rows per case fewer, and a timer re-created when its case moves to a new version gets the same date, read from
 * the case as it is then. Each question reads the case by id, which the intake's transaction (and the reminder job
 * before the due-date timer) already holds in its persistence context, so asking costs no statement.
 */
@Service("caseTimeline")
public class CaseTimelinePlanner {
    private final TimelineProperties timeline;
    private final CreditorProperties creditor;
    private final DebtCaseRepository cases;
    private final Clock clock;

    public CaseTimelinePlanner(TimelineProperties timeline, CreditorProperties creditor, DebtCaseRepository cases, Clock clock) {
        this.timeline = timeline;
        this.creditor = creditor;
        this.cases = cases;
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

    /** {@code Gateway_PreDueReminderPlanned}: is the due date still ahead? */
    public boolean preDueReminderPlanned(VariableScope scope) {
        return planFor(scope).preDueReminderPlanned();
    }

    /** {@code Timer_PreDueReminder}: some days before the due date, or now when that moment has passed. */
    public Date preDueReminderAt(VariableScope scope) {
        return Date.from(planFor(scope).preDueReminderAt());
    }

    /** {@code Timer_DueDate}: the first moment after the due date in the creditor's zone. */
    public Date overdueAt(VariableScope scope) {
        return Date.from(planFor(scope).overdueAt());
    }

    /** The timeline of a case, from its invoice's due date as it is now. */
    public CaseTimeline planFor(long caseId) {
        return plan(cases.findById(caseId).orElseThrow().getInvoice().getDueDate());
    }

    private CaseTimeline planFor(VariableScope scope) {
        return planFor(ProcessVariables.caseId(scope));
    }
}
