package dev.inkasso.format;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Russian names of the codes pages show (channels, directions, hold reasons, strategies, agency and document
 * states), for templates as {@code @labels}. An unknown code is shown as it is rather than hidden.
 */
@Component("labels")
public class Labels {
    private static final Map<String, String> CHANNELS = Map.of("EMAIL", "Эл. почта", "PHONE", "Телефон", "SMS", "SMS",
            "POST", "Почта", "MEETING", "Встреча", "SYSTEM", "Система");
    private static final Map<String, String> DIRECTIONS = Map.of("OUTBOUND", "исходящее", "INBOUND", "входящее",
            "INTERNAL", "внутреннее");
    private static final Map<String, String> HOLD_REASONS = Map.of("DISPUTE", "Спор", "HARDSHIP", "Тяжёлая ситуация",
            "BANKRUPTCY", "Банкротство", "CONTACT_REFUSED", "Отказ от взаимодействия (230-ФЗ)", "OTHER", "Другое");
    private static final Map<String, String> RESTRICTIONS = Map.of("BANKRUPTCY", "Банкротство: только через управляющего",
            "INPATIENT", "На стационарном лечении", "DISABILITY_GROUP_I", "Инвалидность I группы",
            "INCAPACITATED", "Признан недееспособным", "MINOR", "Несовершеннолетний",
            "CONTACT_REFUSED", "Отказ от взаимодействия (230-ФЗ, ст. 8)", "REPRESENTATIVE_ONLY", "Только через представителя");
    private static final Map<String, String> STRATEGIES = Map.of("SOFT", "Мягкая", "STANDARD", "Стандартная",
            "HARD", "Жёсткая");
    private static final Map<String, String> STATES = Map.ofEntries(Map.entry("ACTIVE", "действует"),
            Map.entry("KEPT", "выполнено"), Map.entry("PARTLY_KEPT", "выполнено частично"), Map.entry("BROKEN", "нарушено"),
            Map.entry("CANCELLED", "отменено"), Map.entry("PROPOSED", "предложен"), Map.entry("REJECTED", "отклонён"),
            Map.entry("COMPLETED", "исполнен"), Map.entry("PENDING", "ожидается"), Map.entry("PAID", "оплачен"),
            Map.entry("LATE", "с опозданием"), Map.entry("MISSED", "пропущен"));

    public String channel(String code) {
        return CHANNELS.getOrDefault(code, code);
    }

    public String direction(String code) {
        return DIRECTIONS.getOrDefault(code, code);
    }

    public String holdReason(Object reason) {
        return reason == null ? "" : HOLD_REASONS.getOrDefault(reason.toString(), reason.toString());
    }

    public String restriction(Object kind) {
        return kind == null ? "" : RESTRICTIONS.getOrDefault(kind.toString(), kind.toString());
    }

    public String strategy(String code) {
        return code == null ? "—" : STRATEGIES.getOrDefault(code, code);
    }

    public String state(String code) {
        return code == null ? "" : STATES.getOrDefault(code, code);
    }

    public Map<String, String> holdReasons() {
        return HOLD_REASONS;
    }
}
