package dev.inkasso.document;

/** The documents Inkasso generates, each from its template in templates/documents/. */
public enum DocumentType {
    PRE_TRIAL_CLAIM("pre-trial-claim", "Претензия"),
    DEBT_CALCULATION("debt-calculation", "Расчёт задолженности"),
    RECONCILIATION_STATEMENT("reconciliation-statement", "Акт сверки взаимных расчётов"),
    AGENCY_CASE_FILE("agency-case-file", "Досье для коллекторского агентства"),
    AGENCY_NOTICE("agency-notice", "Уведомление о привлечении коллекторского агентства"),
    INTERACTION_LOG("interaction-log", "Журнал взаимодействия с должником");

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
}
