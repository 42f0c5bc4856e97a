package dev.inkasso.debtcase;

import dev.inkasso.workflow.DebtCaseProcess.Vars;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * When a new case's first timers fire. {@code overdueAt} is the first moment after the due date in the
 * creditor's zone; the pre-due reminder is planned only while the due date is still ahead.
 */
public record CaseTimeline(boolean preDueReminderPlanned, Instant preDueReminderAt, Instant overdueAt) {

    /**
     * The case and its first timers as the variables debt-case 2.4.0–2.5.0 read ({@code ${overdueAt}}); set by
     * {@link PlanCaseTimeline} for a case still on a version up to 2.3.0. From 2.6.0 the model asks
     * {@link CaseTimelinePlanner} instead and the process starts with the case id alone.
     */
    public VariableMap startVariables(long caseId) {
        return Variables.createVariables().putValue(Vars.CASE_ID, caseId)
                .putValue(Vars.PRE_DUE_REMINDER_PLANNED, preDueReminderPlanned)
                .putValue(Vars.PRE_DUE_REMINDER_AT, Date.from(preDueReminderAt))
                .putValue(Vars.OVERDUE_AT, Date.from(overdueAt));
    }
}
