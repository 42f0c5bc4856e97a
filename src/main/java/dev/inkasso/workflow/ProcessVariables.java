package dev.inkasso.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of process variables. Values arrive from Java, from Tasklist forms and from
 * {@code /engine-rest} clients, so a date may be a Date or an ISO string and an amount a number or a string.
 */
public final class ProcessVariables {
    private ProcessVariables() {
    }

    public static long caseId(VariableScope scope) {
        return id(scope, DebtCaseProcess.Vars.CASE_ID);
    }

    /** An id the process was started with (a case's, a credit request's, a statement's); its absence is a modelling error. */
    public static long id(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalStateException("Process variable " + name + " is missing");
    }

    /**
     * Who completed a task: its assignee, else the user the engine authenticated (Tasklist, /engine-rest),
     * else "system" (a test or a Java client without a user).
     */
    public static String actor(org.camunda.bpm.engine.delegate.DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        String user = dev.inkasso.workflow.engine.EngineUsers.current(task.getProcessEngineServices().getIdentityService());
        return user != null ? user : "system";
    }

    public static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    /** The amount, or null if it is absent; throws IllegalArgumentException if it is not a number. */
    public static BigDecimal amount(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        return new BigDecimal(value.toString().trim().replace(',', '.'));
    }

    /**
     * The date, or null if it is absent; throws IllegalArgumentException if it is not a date. A {@code Date} value
     * (an instant) is read as a day in {@code zone} — the creditor's, never the JVM's (a UTC container would turn
     * 00:00 in Moscow into the day before).
     */
    public static LocalDate date(VariableScope scope, String name, ZoneId zone) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(zone).toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO date: " + text, e);
        }
    }
}
