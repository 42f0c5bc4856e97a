package dev.inkasso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** Dates typed into a form arrive as instants or ISO text; the day is the creditor's, whatever the JVM's zone. */
class ProcessVariablesTest {
    private static VariableScope scope(Map<String, Object> variables) {
        return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(), new Class<?>[] {VariableScope.class},
                (proxy, method, args) -> method.getName().equals("getVariable") ? variables.get((String) args[0]) : null);
    }

    @Test
    void midnightInMoscowIsThatDayEvenOnAUtcMachine() {
        Date midnight = Date.from(Instant.parse("2026-02-28T21:00:00Z")); // 01.03.2026 00:00 MSK
        VariableScope form = scope(Map.of("filedOn", midnight, "resultDate", "2026-03-02", "hearingDate", "2026-03-05T00:00:00"));

        assertThat(ProcessVariables.date(form, "filedOn", ZoneId.of("Europe/Moscow"))).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(ProcessVariables.date(form, "resultDate", ZoneId.of("Europe/Moscow"))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(ProcessVariables.date(form, "hearingDate", ZoneId.of("Europe/Moscow"))).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(ProcessVariables.date(form, "missing", ZoneId.of("Europe/Moscow"))).isNull();
    }
}
