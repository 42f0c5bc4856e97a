package dev.inkasso.enforcement;

import dev.inkasso.workflow.ProcessVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The enforcement stage's timer dates, for the model: {@code ${enforcementTimers.writExpiresAt(execution)}}. */
@Component("enforcementTimers")
public class EnforcementTimers {
    private final Enforcements enforcements;

    EnforcementTimers(Enforcements enforcements) {
        this.enforcements = enforcements;
    }

    public Date writWarningAt(DelegateExecution execution) {
        return Date.from(enforcements.writWarningAt(ProcessVariables.caseId(execution)));
    }

    public Date writExpiresAt(DelegateExecution execution) {
        return Date.from(enforcements.writExpiresAt(ProcessVariables.caseId(execution)));
    }

    public Date resubmitAt(DelegateExecution execution) {
        return Date.from(enforcements.resubmitAt());
    }

    public Date nextCheckAt(DelegateExecution execution) {
        return Date.from(enforcements.nextCheckAt());
    }
}
