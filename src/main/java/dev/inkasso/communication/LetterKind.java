package dev.inkasso.communication;

/** Each automatic letter: its template (templates/letters/NAME.html and .txt) and its Russian subject. */
public enum LetterKind {
    PRE_DUE_REMINDER("pre-due-reminder", "Напоминание о сроке оплаты счёта № %s"),
    FRIENDLY_REMINDER("friendly-reminder", "Счёт № %s не оплачен в срок"),
    SECOND_NOTICE("second-notice", "Повторное уведомление о задолженности по счёту № %s"),
    INSTALLMENT_SCHEDULE("installment-schedule", "График погашения задолженности по счёту № %s"),
    DISPUTE_REJECTED("dispute-rejected", "Ответ на возражения по счёту № %s"),
    PRE_TRIAL_CLAIM("pre-trial-claim", "Претензия об оплате задолженности по счёту № %s"),
    AGENCY_NOTICE("agency-notice", "Уведомление о привлечении коллекторского агентства по счёту № %s"),
    /** A debtor-level letter: the statement covers all its invoices, so the subject names none. */
    RECONCILIATION_STATEMENT("reconciliation-statement", "Акт сверки взаимных расчётов: просим подписать и вернуть");

    private final String template;
    private final String subject;

    LetterKind(String template, String subject) {
        this.template = template;
        this.subject = subject;
    }

    public String template() {
        return template;
    }

    public String subject(String invoiceNumber) {
        return subject.formatted(invoiceNumber);
    }
}
