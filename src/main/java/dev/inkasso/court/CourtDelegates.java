package dev.inkasso.court;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.legal.CourtRoute;
import dev.inkasso.negotiation.Installment;
import dev.inkasso.negotiation.InstallmentPlan;
import dev.inkasso.negotiation.InstallmentPlans;
import dev.inkasso.web.FieldProblem;
import dev.inkasso.workflow.CourtProcess.Vars;
import dev.inkasso.workflow.DebtCaseProcess;
import dev.inkasso.workflow.ProcessVariables;
import dev.inkasso.workflow.TaskInput;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin adapters of court-proceedings.bpmn: read the task's input, call the court stage, write decisions. */
@Configuration
class CourtDelegates {
    private final CourtCases courtCases;
    private final CourtProperties periods;
    private final CreditorProperties creditor;
    private final Clock clock;

    CourtDelegates(CourtCases courtCases, CourtProperties periods, CreditorProperties creditor, Clock clock) {
        this.courtCases = courtCases;
        this.periods = periods;
        this.creditor = creditor;
        this.clock = clock;
    }

    /** Task_OpenCourtCase: the route from the court-route table. */
    @Bean("openCourtCase")
    JavaDelegate openCourtCase() {
        return execution -> execution.setVariable(Vars.COURT_PROCEDURE,
                courtCases.open(ProcessVariables.caseId(execution)).getProcedure().name());
    }

    /** Task_PrepareFiling: the application, a fresh calculation and the interaction log, as a package. */
    @Bean("prepareCourtFiling")
    JavaDelegate prepareCourtFiling(CourtFilings filings) {
        return execution -> filings.prepare(ProcessVariables.caseId(execution), InteractionLog.SYSTEM_ACTOR);
    }

    /** Task_SwitchToClaim: the cancelled order's claim goes to court as a statement of claim. */
    @Bean("switchToClaim")
    JavaDelegate switchToClaim() {
        return execution -> execution.setVariable(Vars.COURT_PROCEDURE,
                courtCases.switchToClaim(ProcessVariables.caseId(execution)).getProcedure().name());
    }

    /** Task_EnterIntoForce: the objection or appeal window has passed. */
    @Bean("enterIntoForce")
    JavaDelegate enterIntoForce() {
        return execution -> courtCases.inForce(ProcessVariables.caseId(execution), courtCases.today());
    }

    /** Complete listener of «Подать в суд»: all four facts of the filing are required. */
    @Bean("recordCourtFiling")
    TaskListener recordCourtFiling() {
        return (DelegateTask task) -> {
            TaskInput input = TaskInput.of(task, creditor, clock);
            String paymentRef = input.text(Vars.STATE_FEE_PAYMENT_REF);
            String courtName = input.text(Vars.COURT_NAME);
            String caseNumber = input.text(Vars.COURT_CASE_NUMBER);
            LocalDate filedOn = input.pastDate(Vars.FILED_ON);
            input.check();
            courtCases.recordFiling(ProcessVariables.caseId(task), paymentRef, courtName, caseNumber, filedOn, ProcessVariables.actor(task));
        };
    }

    /** Complete listener of «Результат рассмотрения»: the result and what it needs; sets the deadline it starts. */
    @Bean("recordCourtResult")
    TaskListener recordCourtResult(InstallmentPlans plans) {
        return (DelegateTask task) -> {
            long caseId = ProcessVariables.caseId(task);
            TaskInput input = TaskInput.of(task, creditor, clock);
            CourtResult result = input.choice(Vars.COURT_RESULT, CourtResult.class);
            CourtResultInput recorded = result == null ? null : read(input, result);
            List<Installment> schedule = List.of();
            if (result == CourtResult.SETTLED) {
                List<FieldProblem> problems = new ArrayList<>();
                schedule = plans.parse(task.getVariable(Vars.SETTLEMENT_SCHEDULE), problems);
                if (problems.isEmpty()) {
                    problems.addAll(plans.check(caseId, schedule));
                }
                problems.forEach(p -> input.refuse(Vars.SETTLEMENT_SCHEDULE, p.message()));
            }
            input.check();
            courtCases.recordResult(caseId, recorded, ProcessVariables.actor(task));
            var execution = task.getExecution();
            switch (result) {
                case HEARING_SCHEDULED -> {
                    execution.setVariable(Vars.HEARING_REMINDER_AT, date(periods.hearingReminderBefore()
                            .before(recorded.hearingDate(), clock.instant(), creditor.timeZone())));
                    execution.setVariable(Vars.DEADLINE_AT, date(periods.hearingResultAfter()
                            .endAfter(recorded.hearingDate(), clock.instant(), creditor.timeZone())));
                }
                case ORDER_ISSUED -> execution.setVariable(Vars.DEADLINE_AT, date(periods.orderObjectionPeriod()
                        .endAfter(recorded.resultDate(), clock.instant(), creditor.timeZone())));
                case GRANTED, GRANTED_IN_PART -> execution.setVariable(Vars.DEADLINE_AT, date(appealPeriod(caseId)
                        .endAfter(recorded.resultDate(), clock.instant(), creditor.timeZone())));
                case SETTLED -> {
                    InstallmentPlan plan = plans.propose(caseId, schedule, ProcessVariables.actor(task));
                    execution.setVariable(DebtCaseProcess.Vars.PLAN_ID, plan.getId());
                    execution.setVariable(DebtCaseProcess.Vars.PLAN_APPROVAL_REQUIRED, false);
                }
                default -> {
                    // ORDER_CANCELLED, REFUSED, RETURNED: the model routes them
                }
            }
        };
    }

    /** Complete listener of the objection window's task: only a cancelled order may be recorded there. */
    @Bean("recordOrderObjection")
    TaskListener recordOrderObjection() {
        return (DelegateTask task) -> {
            TaskInput input = TaskInput.of(task, creditor, clock);
            CourtResult result = input.choice(Vars.COURT_RESULT, CourtResult.class);
            if (result != null && result != CourtResult.ORDER_CANCELLED) {
                input.refuse(Vars.COURT_RESULT, "only ORDER_CANCELLED can be recorded while the objection period runs");
            }
            LocalDate on = input.optionalDate(Vars.RESULT_DATE);
            input.check();
            courtCases.recordResult(ProcessVariables.caseId(task), new CourtResultInput(CourtResult.ORDER_CANCELLED,
                    on == null ? courtCases.today() : on, null, null, null, null, false, input.optionalText(Vars.COURT_NOTE)),
                    ProcessVariables.actor(task));
        };
    }

    /** Complete listener of «Получить исполнительный лист». */
    @Bean("recordWrit")
    TaskListener recordWrit() {
        return (DelegateTask task) -> {
            TaskInput input = TaskInput.of(task, creditor, clock);
            String number = input.text(Vars.WRIT_NUMBER);
            LocalDate issuedOn = input.pastDate(Vars.WRIT_ISSUED_ON);
            input.check();
            courtCases.recordWrit(ProcessVariables.caseId(task), number, issuedOn, ProcessVariables.actor(task));
        };
    }

    /** Complete listener of the managers' decision after a refused claim: appeal or write off. */
    @Bean("decideAfterRefusal")
    TaskListener decideAfterRefusal(InteractionLog interactions) {
        return (DelegateTask task) -> {
            TaskInput input = TaskInput.of(task, creditor, clock);
            RefusalDecision decision = input.choice(Vars.REFUSAL_DECISION, RefusalDecision.class);
            input.check();
            interactions.record(ProcessVariables.caseId(task), dev.inkasso.interaction.ContactChannel.SYSTEM,
                    dev.inkasso.interaction.Direction.INTERNAL, "COURT", "REFUSAL_" + decision.name(), ProcessVariables.actor(task),
                    decision == RefusalDecision.APPEAL ? "Решение: обжаловать отказ" : "Решение: списать долг",
                    input.optionalText(Vars.COURT_NOTE));
        };
    }

    enum RefusalDecision { APPEAL, WRITE_OFF }

    private CourtResultInput read(TaskInput input, CourtResult result) {
        String note = input.optionalText(Vars.COURT_NOTE);
        return switch (result) {
            case HEARING_SCHEDULED -> new CourtResultInput(result, null, input.futureDate(Vars.HEARING_DATE), null, null, null,
                    false, note);
            case ORDER_ISSUED, GRANTED, GRANTED_IN_PART -> {
                LocalDate on = input.pastDate(Vars.RESULT_DATE);
                BigDecimal principal = input.amount(Vars.AWARDED_PRINCIPAL, true);
                BigDecimal interest = input.amount(Vars.AWARDED_INTEREST, true);
                BigDecimal costs = input.amount(Vars.AWARDED_COSTS, true);
                Boolean untilPaid = input.flag(Vars.INTEREST_UNTIL_PAID);
                if (principal != null && principal.signum() == 0) {
                    input.refuse(Vars.AWARDED_PRINCIPAL, "must be more than 0 for an award");
                }
                yield new CourtResultInput(result, on, null, principal, interest, costs, Boolean.TRUE.equals(untilPaid), note);
            }
            default -> {
                LocalDate on = input.optionalDate(Vars.RESULT_DATE);
                yield new CourtResultInput(result, on == null ? courtCases.today() : on, null, null, null, null, false, note);
            }
        };
    }

    private dev.inkasso.workflow.Term appealPeriod(long caseId) {
        return courtCases.get(caseId).getProcedure() == CourtRoute.Procedure.SIMPLIFIED
                ? periods.simplifiedAppealPeriod() : periods.appealPeriod();
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
