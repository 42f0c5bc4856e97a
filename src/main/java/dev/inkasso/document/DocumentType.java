package dev.inkasso.document;

/** The documents Inkasso generates, each from its template in templates/documents/. */
public enum DocumentType {
    PRE_TRIAL_CLAIM("pre-trial-claim", "Претензия"),
    DEBT_CALCULATION("debt-calculation", "Расчёт задолженности"),
    RECONCILIATION_STATEMENT("reconciliation-statement", "Акт сверки взаимных расчётов"),
    AGENCY_CASE_FILE("agency-case-file", "Досье для коллекторского агентства"),
    AGENCY_NOTICE("agency-notice", "Уведомление о привлечении коллекторского агентства"),
    INTERACTION_LOG("interaction-log", "Журнал взаимодействия с должником"),
    COURT_ORDER_APPLICATION("court-order-application", "Заявление о выдаче судебного приказа"),
    STATEMENT_OF_CLAIM("statement-of-claim", "Исковое заявление"),
    ENFORCEMENT_APPLICATION("enforcement-application", "Заявление о возбуждении исполнительного производства"),
    BANK_ENFORCEMENT_APPLICATION("bank-enforcement-application", "Заявление о взыскании по исполнительному документу"),
    /** The scan of a reconciliation statement the debtor signed and sent back (uploaded, not generated). */
    SIGNED_RECONCILIATION("signed-reconciliation", "Подписанный акт сверки (скан)");

    private final String template;
    private final String title;

    DocumentType(String template, String title) {
        this.template = template;
        this.title = title;
    }

    public String template() {
        return template;
    }

    public String title() {
        return title;
    }

    /** Generated from a template (an uploaded scan is not). */
    public boolean isGenerated() {
        return this != SIGNED_RECONCILIATION;
    }

    public static java.util.List<DocumentType> generated() {
        return java.util.Arrays.stream(values()).filter(DocumentType::isGenerated).toList();
    }
}
