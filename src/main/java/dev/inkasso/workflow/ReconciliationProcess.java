package dev.inkasso.workflow;

/** Names the engine and the code share for a reconciliation statement's return (bpmn/reconciliation.bpmn). */
public final class ReconciliationProcess {
    public static final String KEY = "reconciliation";
    public static final String BUSINESS_KEY_PREFIX = "reconciliation-";

    private ReconciliationProcess() {
    }

    public static final class Elements {
        public static final String TASK_RECORD_RETURN = "Task_RecordReconciliationReturn";
        public static final String END_CLOSED = "End_ReconciliationClosed";

        private Elements() {
        }
    }

    /** The officer's input (form field keys, a contract) and the facts the form shows. */
    public static final class Vars {
        public static final String RECONCILIATION_ID = "reconciliationId";
        public static final String RETURN_DUE_DATE = "returnDueDate";
        /** SIGNED, DISAGREED or NOT_RETURNED. */
        public static final String RECONCILIATION_RESULT = "reconciliationResult";
        public static final String SIGNED_ON = "signedOn";
        public static final String SCAN_DOCUMENT_ID = "scanDocumentId";
        public static final String DISAGREEMENT_REASON = "disagreementReason";
        public static final String DISPUTED_INVOICE_NUMBER = "disputedInvoiceNumber";
        public static final String RETURN_NOTE = "returnNote";
        public static final String DEBTOR_NAME = "debtorName";
        public static final String STATEMENT_PERIOD = "statementPeriod";
        public static final String STATEMENT_BALANCE = "statementBalance";
        public static final String VIEW_CASE_URL = "viewCaseUrl";

        private Vars() {
        }
    }
}
