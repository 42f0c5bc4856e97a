package dev.inkasso.workflow;

/** Names the engine and the code share for enforcement (bpmn/enforcement.bpmn), called from a debt case. */
public final class EnforcementProcess {
    public static final String KEY = "enforcement";

    private EnforcementProcess() {
    }

    public static final class Elements {
        public static final String TASK_OPEN_ENFORCEMENT = "Task_OpenEnforcement";
        public static final String SUBPROCESS_WRIT_WITH_CREDITOR = "SubProcess_WritWithCreditor";
        public static final String TIMER_RESUBMIT = "Timer_Resubmit";
        public static final String TASK_SUBMIT_FOR_ENFORCEMENT = "Task_SubmitForEnforcement";
        public static final String TIMER_WRIT_EXPIRY_WARNING = "Timer_WritExpiryWarning";
        public static final String TASK_REVIEW_WRIT_EXPIRY = "Task_ReviewWritExpiry";
        public static final String TIMER_WRIT_EXPIRED = "Timer_WritExpired";
        public static final String TASK_SEND_ENFORCEMENT_APPLICATION = "Task_SendEnforcementApplication";
        public static final String TASK_RECORD_PROCEEDINGS_OPENED = "Task_RecordProceedingsOpened";
        public static final String TIMER_ENFORCEMENT_CHECK = "Timer_EnforcementCheck";
        public static final String TASK_CHECK_ENFORCEMENT = "Task_CheckEnforcement";
        public static final String TASK_REGISTER_BANKRUPTCY_CLAIM = "Task_RegisterBankruptcyClaim";
        public static final String TASK_APPROVE_WRITE_OFF = "Task_ApproveEnforcementWriteOff";
        public static final String TASK_WRITE_OFF = "Task_WriteOffEnforcement";
        public static final String END_WRITTEN_OFF = "End_EnforcementWrittenOff";

        private Elements() {
        }
    }

    /** Task inputs (form field keys, a contract) and process-owned decisions. */
    public static final class Vars {
        public static final String ENFORCEMENT_CHANNEL = "enforcementChannel";
        public static final String BANK_NAME = "bankName";
        public static final String SUBMITTED_ON = "submittedOn";
        public static final String PROCEEDINGS_NUMBER = "proceedingsNumber";
        public static final String BAILIFF_DEPARTMENT = "bailiffDepartment";
        public static final String OPENED_ON = "openedOn";
        public static final String ENFORCEMENT_STATUS = "enforcementStatus";
        public static final String BANKRUPTCY_CASE_NUMBER = "bankruptcyCaseNumber";
        public static final String CLAIM_REGISTERED_ON = "claimRegisteredOn";
        /** Process-owned: why a write-off is proposed (EXPIRED_WRIT, BANKRUPTCY, UNCOLLECTABLE). */
        public static final String WRITE_OFF_GROUND = "writeOffGround";
        public static final String WRIT_RETURNED = "writReturned";

        private Vars() {
        }
    }
}
