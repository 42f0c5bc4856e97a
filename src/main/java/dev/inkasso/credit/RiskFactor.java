package dev.inkasso.credit;

/**
 * The facts a risk score weighs, each scaled to 0..1 by {@link RiskFeatures}, with the Russian sentence a reason
 * shows. The weights live in data files ({@code credit/scorecard.csv}, {@code credit/risk-model.csv}).
 */
public enum RiskFactor {
    LATE_SHARE("Доля счетов, оплаченных с опозданием или просроченных"),
    SEVERE_LATE_SHARE("Доля счетов с просрочкой более 30 дней"),
    AVERAGE_DAYS_LATE("Средняя просрочка"),
    WORSENING_TREND("Просрочки растут: последние счета оплачиваются позже прежних"),
    BROKEN_PROMISES("Нарушенные обещания оплаты"),
    DISPUTES("Споры по счетам"),
    ESCALATIONS("Дела, дошедшие до агентства, претензии или суда"),
    LIMIT_UTILISATION("Использование кредитного лимита"),
    NO_HISTORY("Нет истории платежей"),
    REGISTRY_STOPPED("Статус в ЕГРЮЛ/ЕГРИП: ликвидация или исключение"),
    BANKRUPTCY_NOTICES("Сообщения о банкротстве в ЕФРСБ"),
    OPEN_ENFORCEMENTS("Открытые исполнительные производства (ФССП)"),
    ARBITRATION_DEFENDANT("Арбитражные дела в качестве ответчика");

    private final String label;

    RiskFactor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
