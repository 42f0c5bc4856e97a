package dev.inkasso.workflow;

/** Names the engine and the code share for the debt-case process (bpmn/debt-case.bpmn). */
public final class DebtCaseProcess {
    public static final String KEY = "debt-case";
    public static final String MSG_PAYMENT_RECEIVED = "PaymentReceived";
    public static final String MSG_CLAIM_REPLY_RECEIVED = "ClaimReplyReceived";
    public static final String MSG_AGENCY_RECALL_REQUESTED = "AgencyRecallRequested";
    public static final String MSG_AGENCY_REPORTED_UNCOLLECTABLE = "AgencyReportedUncollectable";
    public static final String ESCALATION_FULLY_PAID = "CaseFullyPaid";

    private DebtCaseProcess() {
    }

    public static final class Elements {
        public static final String START_INVOICE_ISSUED = "Start_InvoiceIssued";
        public static final String GATEWAY_PRE_DUE_REMINDER = "Gateway_PreDueReminderPlanned";
        public static final String GATEWAY_PRE_DUE_REMINDER_DONE = "Gateway_PreDueReminderDone";
        public static final String TIMER_PRE_DUE_REMINDER = "Timer_PreDueReminder";
        public static final String TASK_SEND_PRE_DUE_REMINDER = "Task_SendPreDueReminder";
        public static final String TIMER_DUE_DATE = "Timer_DueDate";
        public static final String TIMER_FRIENDLY_REMINDER_DUE = "Timer_FriendlyReminderDue";
        public static final String TASK_SEND_FRIENDLY_REMINDER = "Task_SendFriendlyReminder";
        public static final String TIMER_SECOND_NOTICE_DUE = "Timer_SecondNoticeDue";
        public static final String TASK_SEND_SECOND_NOTICE = "Task_SendSecondNotice";
        public static final String TIMER_NEGOTIATION_DUE = "Timer_NegotiationDue";
        public static final String GATEWAY_NEGOTIATE_AGAIN = "Gateway_NegotiateAgain";
        public static final String TASK_NEGOTIATE = "Task_Negotiate";
        public static final String GATEWAY_NEGOTIATION_OUTCOME = "Gateway_NegotiationOutcome";
        public static final String TIMER_PAYMENT_CONFIRMATION = "Timer_PaymentConfirmationWait";
        public static final String TIMER_PROMISE_DUE = "Timer_PromiseDue";
        public static final String TASK_DECIDE_STRATEGY_AT_DUE = "Task_DecideStrategyAtDue";
        public static final String TASK_DECIDE_STRATEGY_AT_ESCALATION = "Task_DecideStrategyAtEscalation";
        public static final String GATEWAY_STRATEGY_AT_DUE = "Gateway_StrategyAtDue";
        public static final String TASK_PERSONAL_CALL = "Task_PersonalCall";
        public static final String TIMER_NEGOTIATION_OVERDUE = "Timer_NegotiationOverdue";
        public static final String TASK_REVIEW_OVERDUE_NEGOTIATION = "Task_ReviewOverdueNegotiation";
        public static final String TASK_CHECK_PROMISE = "Task_CheckPromise";
        public static final String GATEWAY_PROMISE_KEPT = "Gateway_PromiseKept";
        public static final String CALL_INSTALLMENT_PLAN = "CallActivity_InstallmentPlan";
        public static final String GATEWAY_PLAN_OUTCOME = "Gateway_PlanOutcome";
        public static final String TASK_RESOLVE_DISPUTE = "Task_ResolveDispute";
        public static final String GATEWAY_DISPUTE_OUTCOME = "Gateway_DisputeOutcome";
        public static final String END_WRITTEN_OFF = "End_WrittenOff";
        public static final String TIMER_HARDSHIP_PAUSE = "Timer_HardshipPause";
        public static final String TASK_END_HARDSHIP_HOLD = "Task_EndHardshipHold";
        public static final String GATEWAY_ESCALATE = "Gateway_Escalate";
        public static final String GATEWAY_ESCALATION_ROUTE = "Gateway_EscalationRoute";
        public static final String CALL_AGENCY_PLACEMENT = "CallActivity_AgencyPlacement";
        public static final String CALL_PRE_TRIAL_CLAIM = "CallActivity_PreTrialClaim";
        public static final String GATEWAY_PARALLEL_FORK = "Gateway_ParallelFork";
        public static final String CALL_AGENCY_IN_PARALLEL = "CallActivity_AgencyInParallel";
        public static final String CALL_PRE_TRIAL_CLAIM_IN_PARALLEL = "CallActivity_PreTrialClaimInParallel";
        public static final String CALL_COURT_PROCEEDINGS = "CallActivity_CourtProceedings";
        public static final String GATEWAY_COURT_OUTCOME = "Gateway_CourtOutcome";
        public static final String CALL_ENFORCEMENT = "CallActivity_Enforcement";
        public static final String END_ENFORCED = "End_Enforced";
        public static final String END_COURT_STAGE = "End_CourtStage";
        public static final String EVENT_PAYMENT_RECEIVED = "Event_PaymentReceived";
        public static final String TASK_APPLY_PAYMENT = "Task_ApplyPayment";
        public static final String GATEWAY_FULLY_PAID = "Gateway_FullyPaid";
        public static final String END_PARTIAL_PAYMENT = "End_PartialPayment";
        public static final String END_FULLY_PAID = "End_FullyPaid";
        public static final String EVENT_CASE_FULLY_PAID = "Event_CaseFullyPaid";
        public static final String TASK_CLOSE_PAID_CASE = "Task_ClosePaidCase";
        public static final String END_PAID = "End_Paid";

        private Elements() {
        }
    }

    public static final class Vars {
        public static final String CASE_ID = "caseId";
        public static final String PRE_DUE_REMINDER_PLANNED = "preDueReminderPlanned";
        public static final String PRE_DUE_REMINDER_AT = "preDueReminderAt";
        public static final String OVERDUE_AT = "overdueAt";
        public static final String NEGOTIATION_OUTCOME = "negotiationOutcome";
        public static final String PROMISED_AMOUNT = "promisedAmount";
        public static final String PROMISED_DATE = "promisedDate";
        public static final String DISPUTE_REASON = "disputeReason";
        public static final String NEGOTIATION_NOTE = "negotiationNote";
        public static final String PROMISE_CHECK_AT = "promiseCheckAt";
        /**
         * Transient: the id of the payment being correlated, for the payment event subprocess's step in the same
         * transaction. Stored, it was the instance's variable, rewritten with its history row by every payment (three
         * statements of 24); the payments table keeps every id.
         */
        public static final String PAYMENT_ID = "paymentId";
        public static final String FULLY_PAID = "fullyPaid";
        /**
         * Transient (never stored): whether the debt is settled with the payment being correlated, as the intake read it
         * in the same transaction; Task_ApplyPayment reads the balance itself when it is absent (a job run later).
         */
        public static final String SETTLED_BY_PAYMENT = "settledByPayment";
        /** The engine's transient variable with a business rule task's result (Camunda's DecisionEvaluationUtil). */
        public static final String DECISION_RESULT = "decisionResult";
        /** Where models up to 2.2.0 stored the strategy table's result; see ApplyStrategy. */
        public static final String STRATEGY_DECISION = "strategyDecision";
        public static final String STRATEGY = "strategy";
        public static final String PERSONAL_CALL = "personalCall";
        public static final String FRIENDLY_REMINDER = "friendlyReminder";
        public static final String WAIT_FACTOR = "waitFactor";
        public static final String TASK_PRIORITY = "taskPriority";
        public static final String ESCALATION_ROUTE = "escalationRoute";
        public static final String PROMISE_ID = "promiseId";
        public static final String PROMISE_RESULT = "promiseResult";
        public static final String INSTALLMENTS = "installments";
        public static final String PLAN_ID = "planId";
        public static final String PLAN_APPROVAL_REQUIRED = "planApprovalRequired";
        public static final String PLAN_APPROVED = "planApproved";
        public static final String PLAN_OUTCOME = "planOutcome";
        public static final String INSTALLMENT_CHECK_AT = "installmentCheckAt";
        public static final String DISPUTE_IS_LEGAL = "disputeIsLegal";
        public static final String DISPUTE_GROUP = "disputeGroup";
        public static final String DISPUTE_HOLD_ID = "disputeHoldId";
        public static final String DISPUTE_RESOLUTION = "disputeResolution";
        public static final String WRITE_OFF_AMOUNT = "writeOffAmount";
        public static final String RESOLUTION_NOTE = "resolutionNote";
        public static final String DISPUTE_OUTCOME = "disputeOutcome";
        public static final String HARDSHIP_UNTIL = "hardshipUntil";
        public static final String HARDSHIP_UNTIL_AT = "hardshipUntilAt";
        public static final String HARDSHIP_HOLD_ID = "hardshipHoldId";
        public static final String AGENCY_ID = "agencyId";
        public static final String PLACEMENT_ID = "placementId";
        public static final String AGENCY_SLA_UNTIL = "agencySlaUntil";
        public static final String RECALL_REASON = "recallReason";
        public static final String AGENCY_OUTCOME = "agencyOutcome";
        public static final String CLAIM_ID = "claimId";
        public static final String POSTAL_TRACKING_NUMBER = "postalTrackingNumber";
        public static final String CLAIM_REPLY = "claimReply";

        private Vars() {
        }
    }

    /** Names of the installment-plan process (bpmn/installment-plan.bpmn), called from the case. */
    public static final class InstallmentPlanProcess {
        public static final String KEY = "installment-plan";
        public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";
        public static final String TASK_ACTIVATE_PLAN = "Task_ActivatePlan";
        public static final String TIMER_INSTALLMENT_DUE = "Timer_InstallmentDue";
        public static final String TASK_CHECK_INSTALLMENT = "Task_CheckInstallment";
        public static final String END_PLAN_COMPLETED = "End_PlanCompleted";
        public static final String END_PLAN_BROKEN = "End_PlanBroken";
        public static final String END_PLAN_REJECTED = "End_PlanRejected";

        private InstallmentPlanProcess() {
        }
    }

    /** Names of agency-placement.bpmn, called from the case. */
    public static final class AgencyPlacementProcess {
        public static final String KEY = "agency-placement";
        public static final String TASK_PLACE_WITH_AGENCY = "Task_PlaceWithAgency";
        public static final String TASK_CHOOSE_AGENCY = "Task_ChooseAgency";
        public static final String TIMER_AGENCY_SLA = "Timer_AgencySla";
        public static final String TASK_RECALL_FROM_AGENCY = "Task_RecallFromAgency";
        public static final String END_RECALLED = "End_Recalled";

        private AgencyPlacementProcess() {
        }
    }

    /** Names of pre-trial-claim.bpmn, called from the case. */
    public static final class PreTrialClaimProcess {
        public static final String KEY = "pre-trial-claim";
        public static final String TASK_SEND_PRE_TRIAL_CLAIM = "Task_SendPreTrialClaim";
        public static final String TASK_SEND_REGISTERED_POST = "Task_SendRegisteredPost";
        public static final String GATEWAY_CLAIM_WAIT = "Gateway_ClaimWait";
        public static final String TIMER_CLAIM_PERIOD = "Timer_ClaimPeriod";
        public static final String TASK_EXPIRE_CLAIM = "Task_ExpireClaim";
        public static final String TASK_REVIEW_CLAIM_REPLY = "Task_ReviewClaimReply";
        public static final String END_CLAIM_COMPLETED = "End_ClaimCompleted";

        private PreTrialClaimProcess() {
        }
    }

    /** Candidate groups, which are also the Camunda groups the demo users belong to. */
    public static final class Groups {
        public static final String COLLECTORS = "collectors";
        public static final String LAWYERS = "lawyers";
        public static final String MANAGERS = "managers";
        public static final String ADMINS = "camunda-admin";
        /** Technical users of collector agencies: they see and report on the cases placed with their own agency. */
        public static final String AGENCIES = "agencies";
        /** Technical users of other systems: the bank feed posts payments, the ERP posts invoices. */
        public static final String INTEGRATIONS = "integrations";
        /** Technical users of monitoring (Prometheus): they may read {@code /actuator/prometheus} only. */
        public static final String MONITORING = "monitoring";
        /** Technical users of the sales/ERP system: they may read {@code /api/credit-status} only. */
        public static final String CREDIT_API = "credit-api";

        private Groups() {
        }
    }
}
