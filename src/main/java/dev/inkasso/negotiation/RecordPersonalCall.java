package dev.inkasso.negotiation;

import dev.inkasso.interaction.ContactChannel;
import dev.inkasso.interaction.Direction;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of Task_PersonalCall: the call to a partner goes into the case's log. */
@Component("recordPersonalCall")
public class RecordPersonalCall implements TaskListener {
    public static final String CALL_REACHED = "callReached";
    public static final String CALL_NOTE = "callNote";
    private final InteractionLog interactions;

    RecordPersonalCall(InteractionLog interactions) {
        this.interactions = interactions;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean reached = Boolean.TRUE.equals(task.getVariable(CALL_REACHED));
        String note = ProcessVariables.string(task, CALL_NOTE);
        interactions.record(ProcessVariables.caseId(task), ContactChannel.PHONE, Direction.OUTBOUND, "PERSONAL_CALL",
                reached ? "REACHED" : "NOT_REACHED", dev.inkasso.workflow.ProcessVariables.actor(task),
                "Личный звонок партнёру", note);
    }
}
