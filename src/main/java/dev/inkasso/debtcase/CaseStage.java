package dev.inkasso.debtcase;

/** Where a case stands in its life cycle; set by the process as it moves. */
public enum CaseStage {
    PRE_DUE, OVERDUE, FRIENDLY_REMINDER, SECOND_NOTICE, NEGOTIATION, PROMISE_TO_PAY, AGENCY,
    PRE_TRIAL_CLAIM, COURT_PENDING, COURT, ENFORCEMENT, CLOSED
}
