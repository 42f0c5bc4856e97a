package dev.inkasso.workflow;

import dev.inkasso.workflow.engine.RefusedInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads a task's input for a complete listener and collects what is missing or malformed; {@link #check()} then
 * refuses the completion naming every problem (engine REST: 400, the first variable in {@code field}), so the task
 * stays open and nothing is written.
 */
public final class TaskInput {
    private final VariableScope scope;
    private final LocalDate today;
    private final java.time.ZoneId zone;
    private final List<String[]> problems = new ArrayList<>();

    private TaskInput(VariableScope scope, LocalDate today, java.time.ZoneId zone) {
        this.scope = scope;
        this.today = today;
        this.zone = zone;
    }

    /** The input of a task, with dates read in the creditor's zone and checked against its today. */
    public static TaskInput of(VariableScope scope, dev.inkasso.config.CreditorProperties creditor, java.time.Clock clock) {
        return new TaskInput(scope, creditor.today(clock), creditor.timeZone());
    }

    public String text(String name) {
        String value = ProcessVariables.string(scope, name);
        if (value == null) {
            refuse(name, "is required");
        }
        return value;
    }

    public String optionalText(String name) {
        return ProcessVariables.string(scope, name);
    }

    /** A required date that has already come (a filing, a result, a submission). */
    public LocalDate pastDate(String name) {
        LocalDate date = optionalDate(name);
        if (date == null) {
            refuse(name, "is required (an ISO date)");
        } else if (date.isAfter(today)) {
            refuse(name, "must not be in the future");
        }
        return date;
    }

    /** A required date still to come (a hearing). */
    public LocalDate futureDate(String name) {
        LocalDate date = optionalDate(name);
        if (date == null) {
            refuse(name, "is required (an ISO date)");
        } else if (date.isBefore(today)) {
            refuse(name, "must not be in the past");
        }
        return date;
    }

    public LocalDate optionalDate(String name) {
        try {
            return ProcessVariables.date(scope, name, zone);
        } catch (IllegalArgumentException e) {
            refuse(name, "must be an ISO date (YYYY-MM-DD)");
            return null;
        }
    }

    /** An amount of at least zero with at most two decimals; {@code null} when absent and not required. */
    public BigDecimal amount(String name, boolean required) {
        BigDecimal value;
        try {
            value = ProcessVariables.amount(scope, name);
        } catch (NumberFormatException e) {
            refuse(name, "must be an amount in rubles");
            return null;
        }
        if (value == null) {
            if (required) {
                refuse(name, "is required");
            }
            return null;
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
            refuse(name, "must be at least 0 with at most 2 decimals");
            return null;
        }
        return value.setScale(2);
    }

    /** A whole number in {@code min..max} (a form's number field may send 30, 30.0 or "30"). */
    public Integer wholeNumber(String name, int min, int max, boolean required) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                refuse(name, "is required");
            }
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.toString().trim());
            int whole = number.intValueExact();
            if (whole < min || whole > max) {
                refuse(name, "must be between " + min + " and " + max);
                return null;
            }
            return whole;
        } catch (NumberFormatException | ArithmeticException e) {
            refuse(name, "must be a whole number");
            return null;
        }
    }

    /** A yes/no field; absent is {@code null}. */
    public Boolean flag(String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if ("true".equalsIgnoreCase(value.toString()) || "false".equalsIgnoreCase(value.toString())) {
            return Boolean.parseBoolean(value.toString());
        }
        refuse(name, "must be true or false");
        return null;
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = ProcessVariables.string(scope, name);
        if (value == null) {
            refuse(name, "is required, one of " + List.of(type.getEnumConstants()));
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            refuse(name, "must be one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    public void refuse(String name, String message) {
        problems.add(new String[] {name, message});
    }

    public void check() {
        if (!problems.isEmpty()) {
            java.util.Map<String, String> byVariable = new java.util.LinkedHashMap<>();
            problems.forEach(p -> byVariable.merge(p[0], p[1], (a, b) -> a + "; " + b));
            throw new RefusedInput(byVariable);
        }
    }
}
