package dev.inkasso.debtcase;

/** Where a case stands in its life cycle; set by the process as it moves. Labels are what people read. */
public enum CaseStage {
    PRE_DUE("До срока оплаты"),
    OVERDUE("Просрочка"),
    FRIENDLY_REMINDER("Дружеское напоминание"),
    SECOND_NOTICE("Повторное уведомление"),
    NEGOTIATION("Переговоры"),
    PROMISE_TO_PAY("Обещание оплаты"),
    AGENCY("Коллекторское агентство"),
    PRE_TRIAL_CLAIM("Претензия"),
    COURT_PENDING("Подготовка к суду"),
    COURT("Суд"),
    ENFORCEMENT("Исполнительное производство"),
    CLOSED("Закрыто");

    private final String label;

    CaseStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
