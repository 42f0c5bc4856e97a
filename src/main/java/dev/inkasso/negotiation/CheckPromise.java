package dev.inkasso.negotiation;

import dev.inkasso.workflow.DebtCaseProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CheckPromise: kept, partly kept or broken. */
@Component("checkPromise")
class CheckPromise implements JavaDelegate {
    private final Promises promises;

    CheckPromise(Promises promises) {
        this.promises = promises;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long promiseId = ((Number) execution.getVariable(Vars.PROMISE_ID)).longValue();
        execution.setVariable(Vars.PROMISE_RESULT, promises.check(promiseId).name());
    }
}
