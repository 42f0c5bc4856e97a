package dev.inkasso.credit;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.workflow.CreditCheckProcess.Vars;
import dev.inkasso.workflow.ProcessVariables;
import dev.inkasso.workflow.TaskInput;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin adapters of credit-check.bpmn: read the request id, call {@link CreditRequests}, write decisions. */
@Configuration
class CreditCheckDelegates {
    private final CreditRequests requests;
    private final CreditorProperties creditor;
    private final Clock clock;

    CreditCheckDelegates(CreditRequests requests, CreditorProperties creditor, Clock clock) {
        this.requests = requests;
        this.creditor = creditor;
        this.clock = clock;
    }

    static long requestId(VariableScope scope) {
        return ProcessVariables.id(scope, Vars.CREDIT_REQUEST_ID);
    }

    /** Task_GatherCounterpartySignals: the registers, behind CounterpartyCheckGateway (an outage retries the job). */
    @Bean("gatherCounterpartySignals")
    JavaDelegate gatherCounterpartySignals() {
        return execution -> requests.gatherSignals(requestId(execution));
    }

    /** Task_ScoreCreditRisk: the score and the facts the rule table reads. */
    @Bean("scoreCreditRisk")
    JavaDelegate scoreCreditRisk() {
        return execution -> {
            CreditRequests.Assessment a = requests.assess(requestId(execution));
            execution.setVariable(Vars.RISK_SCORE, a.score().score());
            execution.setVariable(Vars.REGISTRY_STATUS, a.signals().registryStatus().name());
            execution.setVariable(Vars.REGISTRY_CHECKED, a.signals().sources().contains("ЕГРЮЛ/ЕГРИП"));
            execution.setVariable(Vars.BANKRUPTCY_NOTICES, a.signals().bankruptcyNotices());
            execution.setVariable(Vars.OPEN_ENFORCEMENTS, a.signals().openEnforcements());
            // a threshold the table compares, not a balance
            execution.setVariable(Vars.REQUESTED_LIMIT, a.requestedLimit().doubleValue());
        };
    }

    /** End listener of Task_DecideCredit: the table's answer is kept on the request; the gateway reads the decision. */
    @Bean("applyCreditRule")
    ExecutionListener applyCreditRule() {
        return (DelegateExecution execution) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> rule = (Map<String, Object>) execution.getVariable(Vars.CREDIT_RULE);
            String decision = (String) rule.get(Vars.CREDIT_DECISION);
            requests.recordRule(requestId(execution), decision, (String) rule.get(Vars.DECISION_REASON));
            execution.setVariable(Vars.CREDIT_DECISION, decision);
        };
    }

    /** Create listener of the review: what the manager reads, as task-local facts (not kept on the process). */
    @Bean("prepareCreditReview")
    TaskListener prepareCreditReview() {
        return (DelegateTask task) -> {
            CreditRequests.CreditRequestView r = requests.get(requestId(task));
            task.setVariableLocal(Vars.DEBTOR_NAME, r.debtorName());
            task.setVariableLocal(Vars.DEBTOR_INN, r.debtorInn());
            task.setVariableLocal(Vars.REQUESTED_LIMIT, RussianFormat.money(r.requestedLimit()));
            task.setVariableLocal(Vars.REQUESTED_TERM_DAYS, r.requestedTermDays());
            task.setVariableLocal(Vars.RISK_REASONS, r.reasons() == null ? "" : r.reasons().stream().map(x -> "• " + x)
                    .collect(Collectors.joining("\n\n")));
            task.setVariableLocal(Vars.SIGNALS_SUMMARY, summary(r.signals() != null ? r.signals() : CounterpartySignals.none()));
            task.setVariableLocal(Vars.DECISION_REASON, r.ruleReason());
        };
    }

    /** Complete listener of the review: the decision with its limit and term, refused whole if a field is missing. */
    @Bean("checkCreditReview")
    TaskListener checkCreditReview() {
        return (DelegateTask task) -> {
            TaskInput input = TaskInput.of(task, creditor, clock);
            CreditRequests.Decision decision = input.choice(Vars.REVIEW_DECISION, CreditRequests.Decision.class);
            boolean approve = decision == CreditRequests.Decision.APPROVE;
            BigDecimal limit = input.amount(Vars.APPROVED_LIMIT, approve);
            Integer term = input.wholeNumber(Vars.APPROVED_TERM_DAYS, 1, 365, approve);
            if (approve && limit != null && limit.signum() == 0) {
                input.refuse(Vars.APPROVED_LIMIT, "must be more than 0 for an approval");
            }
            String note = input.text(Vars.REVIEW_NOTE);
            input.check();
            requests.decide(requestId(task), decision, approve ? limit : BigDecimal.ZERO, approve ? term : 0, note,
                    ProcessVariables.actor(task));
        };
    }

    /** Task_RecordCreditDecision: a request the rule decided is decided now (a reviewed one is already). */
    @Bean("recordCreditDecision")
    JavaDelegate recordCreditDecision() {
        return execution -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> rule = (Map<String, Object>) execution.getVariable(Vars.CREDIT_RULE);
            requests.decideByRule(requestId(execution), ((Number) rule.get("maxTermDays")).intValue());
        };
    }

    static String summary(CounterpartySignals s) {
        if (s.sources().isEmpty()) {
            return "реестры не проверены (выгрузки недоступны)";
        }
        return "ЕГРЮЛ/ЕГРИП — " + s.registryStatus().label() + "; сообщений ЕФРСБ о банкротстве — " + s.bankruptcyNotices()
                + "; исполнительных производств — " + s.openEnforcements() + " на " + RussianFormat.money(s.enforcementAmount())
                + "; арбитражных дел ответчиком — " + s.arbitrationCasesAsDefendant() + " на "
                + RussianFormat.money(s.arbitrationAmount()) + " (проверено: " + String.join(", ", s.sources()) + ")";
    }
}
