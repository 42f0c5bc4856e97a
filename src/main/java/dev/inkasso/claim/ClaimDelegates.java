package dev.inkasso.claim;

import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.workflow.DebtCaseProcess.Vars;
import dev.inkasso.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import dev.inkasso.workflow.engine.RefusedInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin adapters of pre-trial-claim.bpmn, one bean per step. */
@Configuration
class ClaimDelegates {
    static final String CLAIM_ID = Vars.CLAIM_ID;
    static final String TRACKING_NUMBER = Vars.POSTAL_TRACKING_NUMBER;

    /** Task_SendPreTrialClaim. */
    @Bean("sendPreTrialClaim")
    JavaDelegate sendPreTrialClaim(PreTrialClaims claims) {
        return execution -> execution.setVariable(CLAIM_ID,
                claims.send(ProcessVariables.caseId(execution), InteractionLog.SYSTEM_ACTOR).getId());
    }

    /** Complete listener of Task_SendRegisteredPost: the registered letter's tracking number is required. */
    @Bean("recordRegisteredPost")
    TaskListener recordRegisteredPost(PreTrialClaims claims) {
        return (DelegateTask task) -> {
            String tracking = ProcessVariables.string(task, TRACKING_NUMBER);
            if (tracking == null) {
                throw new RefusedInput(TRACKING_NUMBER, "postalTrackingNumber: enter the registered letter's tracking number");
            }
            claims.recordPost(((Number) task.getVariable(CLAIM_ID)).longValue(), tracking,
                    dev.inkasso.workflow.ProcessVariables.actor(task));
        };
    }

    /** Task_ExpireClaim. */
    @Bean("expireClaim")
    JavaDelegate expireClaim(PreTrialClaims claims) {
        return execution -> claims.expire(((Number) execution.getVariable(CLAIM_ID)).longValue());
    }
}
