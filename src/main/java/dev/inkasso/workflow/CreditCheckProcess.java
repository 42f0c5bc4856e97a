package dev.inkasso.workflow;

/** Names the engine and the code share for a credit check (bpmn/credit-check.bpmn). */
public final class CreditCheckProcess {
    public static final String KEY = "credit-check";
    public static final String DECISION_KEY = "credit-decision";
    public static final String BUSINESS_KEY_PREFIX = "credit-request-";

    private CreditCheckProcess() {
    }

    public static final class Elements {
        public static final String TASK_GATHER_SIGNALS = "Task_GatherCounterpartySignals";
        public static final String TASK_SCORE_RISK = "Task_ScoreCreditRisk";
        public static final String TASK_DECIDE_CREDIT = "Task_DecideCredit";
        public static final String GATEWAY_CREDIT_DECISION = "Gateway_CreditDecision";
        public static final String TASK_REVIEW = "Task_ReviewCreditRequest";
        public static final String TASK_RECORD_DECISION = "Task_RecordCreditDecision";
        public static final String END_DECIDED = "End_CreditDecided";

        private Elements() {
        }
    }

    /** Decisions and the facts the rule table and the review form read (form field keys are a contract). */
    public static final class Vars {
        public static final String CREDIT_REQUEST_ID = "creditRequestId";
        public static final String RISK_SCORE = "riskScore";
        public static final String RISK_REASONS = "riskReasons";
        public static final String REGISTRY_STATUS = "registryStatus";
        public static final String REGISTRY_CHECKED = "registryChecked";
        public static final String BANKRUPTCY_NOTICES = "bankruptcyNotices";
        public static final String OPEN_ENFORCEMENTS = "openEnforcements";
        public static final String REQUESTED_LIMIT = "requestedLimit";
        public static final String REQUESTED_TERM_DAYS = "requestedTermDays";
        public static final String DEBTOR_NAME = "debtorName";
        public static final String DEBTOR_INN = "debtorInn";
        public static final String SIGNALS_SUMMARY = "signalsSummary";
        /** The table's whole answer (creditDecision, maxTermDays, decisionReason). */
        public static final String CREDIT_RULE = "creditRule";
        public static final String CREDIT_DECISION = "creditDecision";
        public static final String DECISION_REASON = "decisionReason";
        /** The manager's review: APPROVE, APPROVE_PREPAYMENT or REJECT, with the limit and term granted. */
        public static final String REVIEW_DECISION = "reviewDecision";
        public static final String APPROVED_LIMIT = "approvedLimit";
        public static final String APPROVED_TERM_DAYS = "approvedTermDays";
        public static final String REVIEW_NOTE = "reviewNote";

        private Vars() {
        }
    }
}
