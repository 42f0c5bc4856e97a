package dev.inkasso.enforcement;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.workflow.EnforcementProcess.Vars;
import dev.inkasso.workflow.ProcessVariables;
import dev.inkasso.workflow.TaskInput;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin adapters of enforcement.bpmn. */
@Configuration
class EnforcementDelegates {
    private final Enforcements enforcements;
    private final CreditorProperties creditor;
    private final Clock clock;

    EnforcementDelegates(Enforcements enforcements, CreditorProperties creditor, Clock clock) {
        this.enforcements = enforcements;
        this.creditor = creditor;
        this.clock = clock;
    }

    private LocalDate today() {
        return creditor.today(clock);
    }

    /** Task_OpenEnforcement. */
    @Bean("openEnforcement")
    JavaDelegate openEnforcement() {
        return execution -> {
            enforcements.open(ProcessVariables.caseId(execution));
            execution.setVariable(Vars.WRIT_RETURNED, false);
        };
    }

    /** Complete listener of «Направить на исполнение»: FSSP, or BANK with the bank's name; the day it was sent. */
    @Bean("recordEnforcementSubmission")
    TaskListener recordEnforcementSubmission() {
        return (DelegateTask task) -> {
            TaskInput input = TaskInput.of(task, creditor, clock);
            EnforcementCase.Channel channel = input.choice(Vars.ENFORCEMENT_CHANNEL, EnforcementCase.Channel.class);
            String bankName = input.optionalText(Vars.BANK_NAME);
            if (channel == EnforcementCase.Channel.BANK && bankName == null) {
                input.refuse(Vars.BANK_NAME, "is required when the writ goes to the debtor's bank");
            }
            LocalDate submittedOn = input.pastDate(Vars.SUBMITTED_ON);
            input.check();
            enforcements.submit(ProcessVariables.caseId(task), channel, channel == EnforcementCase.Channel.BANK ? bankName : null,
                    submittedOn, ProcessVariables.actor(task));
        };
    }

    /** Task_SendEnforcementApplication: the application PDF, through the EnforcementGateway. */
    @Bean("sendEnforcementApplication")
    JavaDelegate sendEnforcementApplication() {
        return execution -> enforcements.sendApplication(ProcessVariables.caseId(execution));
    }

    /** Complete listener of «Исполнительное производство возбуждено». */
    @Bean("recordProceedingsOpened")
    TaskListener recordProceedingsOpened() {
        return (DelegateTask task) -> {
            TaskInput input = TaskInput.of(task, creditor, clock);
            String number = input.text(Vars.PROCEEDINGS_NUMBER);
            String department = input.text(Vars.BAILIFF_DEPARTMENT);
            LocalDate openedOn = input.pastDate(Vars.OPENED_ON);
            input.check();
            enforcements.opened(ProcessVariables.caseId(task), number, department, openedOn, ProcessVariables.actor(task));
        };
    }

    /** Complete listener of the periodic check. */
    @Bean("recordEnforcementCheck")
    TaskListener recordEnforcementCheck() {
        return (DelegateTask task) -> {
            TaskInput input = TaskInput.of(task, creditor, clock);
            CheckedStatus status = input.choice(Vars.ENFORCEMENT_STATUS, CheckedStatus.class);
            input.check();
            enforcements.checked(ProcessVariables.caseId(task), EnforcementCase.Status.valueOf(status.name()), ProcessVariables.actor(task));
            task.getExecution().setVariable(Vars.WRIT_RETURNED, status == CheckedStatus.WRIT_RETURNED);
        };
    }

    /** What a lawyer may report at a check (the statuses a submission starts with are the process's own). */
    enum CheckedStatus { IN_PROGRESS, WRIT_RETURNED, DEBTOR_BANKRUPT, FINISHED }

    /** Complete listener of «Включить требование в реестр». */
    @Bean("registerBankruptcyClaim")
    TaskListener registerBankruptcyClaim() {
        return (DelegateTask task) -> {
            TaskInput input = TaskInput.of(task, creditor, clock);
            String number = input.text(Vars.BANKRUPTCY_CASE_NUMBER);
            LocalDate registeredOn = input.pastDate(Vars.CLAIM_REGISTERED_ON);
            input.check();
            enforcements.registerBankruptcyClaim(ProcessVariables.caseId(task), number, registeredOn, ProcessVariables.actor(task));
        };
    }
}
