package dev.inkasso.workflow;

/** Names the engine and the code share for the court stage (bpmn/court-proceedings.bpmn), called from a debt case. */
public final class CourtProcess {
    public static final String KEY = "court-proceedings";

    private CourtProcess() {
    }

    public static final class Elements {
        public static final String TASK_OPEN_COURT_CASE = "Task_OpenCourtCase";
        public static final String TASK_PREPARE_FILING = "Task_PrepareFiling";
        public static final String TASK_FILE_WITH_COURT = "Task_FileWithCourt";
        public static final String TASK_RECORD_COURT_RESULT = "Task_RecordCourtResult";
        public static final String GATEWAY_COURT_RESULT = "Gateway_CourtResult";
        public static final String TIMER_HEARING_REMINDER = "Timer_HearingReminder";
        public static final String TASK_PREPARE_FOR_HEARING = "Task_PrepareForHearing";
        public static final String TIMER_HEARING_HELD = "Timer_HearingHeld";
        public static final String TIMER_AFTER_HEARING = "Timer_AfterHearing";
        public static final String TASK_RECORD_OBJECTION = "Task_RecordObjection";
        public static final String TIMER_OBJECTION_PERIOD = "Timer_ObjectionPeriod";
        public static final String TASK_SWITCH_TO_CLAIM = "Task_SwitchToClaim";
        public static final String TIMER_APPEAL_PERIOD = "Timer_AppealPeriod";
        public static final String TASK_ENTER_INTO_FORCE = "Task_EnterIntoForce";
        public static final String TASK_OBTAIN_WRIT = "Task_ObtainWrit";
        public static final String TASK_DECIDE_AFTER_REFUSAL = "Task_DecideAfterRefusal";
        public static final String TASK_APPROVE_WRITE_OFF = "Task_ApproveWriteOff";
        public static final String TASK_WRITE_OFF = "Task_WriteOff";
        public static final String CALL_SETTLEMENT_PLAN = "CallActivity_SettlementPlan";
        public static final String END_JUDGMENT = "End_Judgment";
        public static final String END_WRITTEN_OFF = "End_CourtWrittenOff";
        public static final String END_SETTLED = "End_Settled";

        private Elements() {
        }
    }

    /** Task inputs (form field keys, a contract with Tasklist and engine REST clients) and process-owned decisions. */
    public static final class Vars {
        public static final String STATE_FEE_PAYMENT_REF = "stateFeePaymentRef";
        public static final String COURT_NAME = "courtName";
        public static final String COURT_CASE_NUMBER = "courtCaseNumber";
        public static final String FILED_ON = "filedOn";
        public static final String COURT_RESULT = "courtResult";
        public static final String HEARING_DATE = "hearingDate";
        public static final String RESULT_DATE = "resultDate";
        public static final String AWARDED_PRINCIPAL = "awardedPrincipal";
        public static final String AWARDED_INTEREST = "awardedInterest";
        public static final String AWARDED_COSTS = "awardedCosts";
        public static final String INTEREST_UNTIL_PAID = "interestUntilPaid";
        public static final String SETTLEMENT_SCHEDULE = "settlementSchedule";
        public static final String COURT_NOTE = "courtNote";
        public static final String WRIT_NUMBER = "writNumber";
        public static final String WRIT_ISSUED_ON = "writIssuedOn";
        public static final String REFUSAL_DECISION = "refusalDecision";
        public static final String WRITE_OFF_APPROVED = "writeOffApproved";
        public static final String WRITE_OFF_REASON = "writeOffReason";
        /** Process-owned: COURT_ORDER, SIMPLIFIED or ORDINARY. */
        public static final String COURT_PROCEDURE = "courtProcedure";
        /** Process-owned, handed to the case: JUDGMENT (enforce it), WRITTEN_OFF or SETTLED. */
        public static final String COURT_OUTCOME = "courtOutcome";
        /** Process-owned: the moments the court's deadlines end, computed when they start. */
        public static final String DEADLINE_AT = "courtDeadlineAt";
        public static final String HEARING_REMINDER_AT = "hearingReminderAt";

        private Vars() {
        }
    }
}
