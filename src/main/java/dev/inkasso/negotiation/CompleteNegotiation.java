package dev.inkasso.negotiation;

import dev.inkasso.web.FieldProblem;
import dev.inkasso.workflow.DebtCaseProcess.Vars;
import dev.inkasso.workflow.ProcessVariables;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_Negotiate. Validates the outcome on the server, so every client (Tasklist,
 * {@code /engine-rest}) is held to it: a bad outcome is refused with the variable named (HTTP 400 from the
 * engine REST API) and the task stays open. A valid one is logged on the case.
 */
@Component("completeNegotiation")
class CompleteNegotiation implements TaskListener {
    private final Negotiations negotiations;

    CompleteNegotiation(Negotiations negotiations) {
        this.negotiations = negotiations;
    }

    @Override
    public void notify(DelegateTask task) {
        List<FieldProblem> problems = new ArrayList<>();
        NegotiationOutcome outcome = Negotiations.parseOutcome(ProcessVariables.string(task, Vars.NEGOTIATION_OUTCOME));
        if (outcome == null) {
            problems.add(FieldProblem.of(Vars.NEGOTIATION_OUTCOME, "must be one of PAID, PROMISE_TO_PAY, DISPUTE, NO_CONTACT, REFUSED"));
        }
        BigDecimal amount = read(() -> ProcessVariables.amount(task, Vars.PROMISED_AMOUNT), Vars.PROMISED_AMOUNT, "is not a number", problems);
        LocalDate date = read(() -> ProcessVariables.date(task, Vars.PROMISED_DATE), Vars.PROMISED_DATE, "is not a date (YYYY-MM-DD)", problems);
        String reason = ProcessVariables.string(task, Vars.DISPUTE_REASON);
        if (outcome != null && problems.isEmpty()) {
            problems.addAll(Negotiations.problems(outcome, amount, date, reason, negotiations.today()));
        }
        if (!problems.isEmpty()) {
            String message = problems.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; "));
            throw new FormFieldValidationException(problems.get(0).field(), message);
        }
        NegotiationResult result = new NegotiationResult(outcome, amount, date, reason,
                ProcessVariables.string(task, Vars.NEGOTIATION_NOTE));
        Instant promiseCheckAt = negotiations.record(ProcessVariables.caseId(task), result, actor(task));
        if (promiseCheckAt != null) {
            task.getExecution().setVariable(Vars.PROMISE_CHECK_AT, Date.from(promiseCheckAt));
        }
    }

    private static String actor(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    private static <T> T read(java.util.function.Supplier<T> reader, String field, String message, List<FieldProblem> problems) {
        try {
            return reader.get();
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, message));
            return null;
        }
    }
}
