package dev.inkasso.negotiation;

import dev.inkasso.hold.CaseHold;
import dev.inkasso.hold.HoldReason;
import dev.inkasso.hold.Holds;
import dev.inkasso.web.FieldProblem;
import dev.inkasso.workflow.DebtCaseProcess.Groups;
import dev.inkasso.workflow.DebtCaseProcess.Vars;
import dev.inkasso.workflow.ProcessVariables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import dev.inkasso.workflow.engine.RefusedInput;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_Negotiate. Validates the outcome on the server, so every client (Tasklist,
 * {@code /engine-rest}) is held to it: a bad outcome is refused with the variable named (HTTP 400 from the
 * engine REST API) and the task stays open. A valid one is logged on the case and prepared for its path
 * (a promise to watch, a plan to approve, a dispute or hardship hold).
 */
@Component("completeNegotiation")
class CompleteNegotiation implements TaskListener {
    private final Negotiations negotiations;
    private final Promises promises;
    private final InstallmentPlans plans;
    private final Disputes disputes;
    private final Holds holds;
    private final dev.inkasso.config.CreditorProperties creditor;

    CompleteNegotiation(Negotiations negotiations, Promises promises, InstallmentPlans plans, Disputes disputes, Holds holds,
                        dev.inkasso.config.CreditorProperties creditor) {
        this.creditor = creditor;
        this.negotiations = negotiations;
        this.promises = promises;
        this.plans = plans;
        this.disputes = disputes;
        this.holds = holds;
    }

    @Override
    public void notify(DelegateTask task) {
        long caseId = ProcessVariables.caseId(task);
        List<FieldProblem> problems = new ArrayList<>();
        NegotiationOutcome outcome = Negotiations.parseOutcome(ProcessVariables.string(task, Vars.NEGOTIATION_OUTCOME));
        if (outcome == null) {
            problems.add(FieldProblem.of(Vars.NEGOTIATION_OUTCOME, "must be one of " + List.of(NegotiationOutcome.values())));
        }
        BigDecimal amount = read(() -> ProcessVariables.amount(task, Vars.PROMISED_AMOUNT), Vars.PROMISED_AMOUNT, "is not a number", problems);
        LocalDate date = read(() -> ProcessVariables.date(task, Vars.PROMISED_DATE, creditor.timeZone()), Vars.PROMISED_DATE, "is not a date (YYYY-MM-DD)", problems);
        LocalDate hardshipUntil = read(() -> ProcessVariables.date(task, Vars.HARDSHIP_UNTIL, creditor.timeZone()), Vars.HARDSHIP_UNTIL, "is not a date (YYYY-MM-DD)", problems);
        String reason = ProcessVariables.string(task, Vars.DISPUTE_REASON);
        List<Installment> installments = outcome == NegotiationOutcome.INSTALLMENT_PLAN
                ? plans.parse(task.getVariable(Vars.INSTALLMENTS), problems) : List.of();
        if (outcome != null && problems.isEmpty()) {
            problems.addAll(Negotiations.problems(outcome, amount, date, reason, negotiations.today()));
            if (outcome == NegotiationOutcome.INSTALLMENT_PLAN) {
                problems.addAll(plans.check(caseId, installments));
            }
            if (outcome == NegotiationOutcome.HARDSHIP) {
                problems.addAll(Negotiations.hardshipProblems(hardshipUntil, negotiations.today()));
            }
        }
        if (!problems.isEmpty()) {
            String message = problems.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; "));
            throw new RefusedInput(problems.get(0).field(), message);
        }
        String actor = ProcessVariables.actor(task);
        negotiations.record(caseId, new NegotiationResult(outcome, amount, date, reason,
                ProcessVariables.string(task, Vars.NEGOTIATION_NOTE)), actor);
        prepare(outcome, caseId, task.getExecution(), amount, date, reason, installments, hardshipUntil, actor,
                Boolean.TRUE.equals(task.getVariable(Vars.DISPUTE_IS_LEGAL)));
    }

    private void prepare(NegotiationOutcome outcome, long caseId, DelegateExecution execution, BigDecimal amount,
                         LocalDate date, String reason, List<Installment> installments, LocalDate hardshipUntil,
                         String actor, boolean legalDispute) {
        switch (outcome) {
            case PROMISE_TO_PAY -> {
                PromiseToPay promise = promises.make(caseId, amount, date, actor);
                execution.setVariable(Vars.PROMISE_ID, promise.getId());
                execution.setVariable(Vars.PROMISE_CHECK_AT, Date.from(promises.checkAt(promise)));
            }
            case INSTALLMENT_PLAN -> {
                InstallmentPlan plan = plans.propose(caseId, installments, actor);
                execution.setVariable(Vars.PLAN_ID, plan.getId());
                execution.setVariable(Vars.PLAN_APPROVAL_REQUIRED, plans.needsApproval(plan));
            }
            case DISPUTE -> {
                CaseHold hold = disputes.open(caseId, reason, actor);
                execution.setVariable(Vars.DISPUTE_HOLD_ID, hold.getId());
                execution.setVariable(Vars.DISPUTE_GROUP, legalDispute ? Groups.LAWYERS : Groups.COLLECTORS);
            }
            case HARDSHIP -> {
                LocalDate until = negotiations.hardshipEnd(hardshipUntil);
                CaseHold hold = holds.placeWhileProcessWaits(caseId, HoldReason.HARDSHIP, until, "Тяжёлые обстоятельства", actor);
                execution.setVariable(Vars.HARDSHIP_HOLD_ID, hold.getId());
                execution.setVariable(Vars.HARDSHIP_UNTIL_AT, Date.from(negotiations.startOf(until)));
            }
            default -> {
                // PAID, NO_CONTACT, REFUSED, WRONG_CONTACT: the gateway routes on the outcome alone
            }
        }
    }

    private static <T> T read(Supplier<T> reader, String field, String message, List<FieldProblem> problems) {
        try {
            return reader.get();
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, message));
            return null;
        }
    }
}
