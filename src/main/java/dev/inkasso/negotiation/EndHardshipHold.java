package dev.inkasso.negotiation;

import dev.inkasso.hold.Holds;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.workflow.DebtCaseProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EndHardshipHold: the hardship pause is over; talks resume. */
@Component("endHardshipHold")
class EndHardshipHold implements JavaDelegate {
    private final Holds holds;

    EndHardshipHold(Holds holds) {
        this.holds = holds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        holds.endIfActive(((Number) execution.getVariable(Vars.HARDSHIP_HOLD_ID)).longValue(), InteractionLog.SYSTEM_ACTOR);
    }
}
