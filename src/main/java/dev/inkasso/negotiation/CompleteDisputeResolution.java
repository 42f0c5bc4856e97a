package dev.inkasso.negotiation;

import dev.inkasso.workflow.DebtCaseProcess.Vars;
import dev.inkasso.workflow.ProcessVariables;
import java.math.BigDecimal;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import dev.inkasso.workflow.engine.RefusedInput;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_ResolveDispute: {@code disputeResolution} UPHELD (optional {@code writeOffAmount},
 * default all that is outstanding) or REJECTED; {@code resolutionNote} is required either way (the write-off
 * reason, or the explanation the debtor receives).
 */
@Component("completeDisputeResolution")
class CompleteDisputeResolution implements TaskListener {
    private final Disputes disputes;

    CompleteDisputeResolution(Disputes disputes) {
        this.disputes = disputes;
    }

    @Override
    public void notify(DelegateTask task) {
        Disputes.Resolution resolution;
        try {
            resolution = Disputes.Resolution.valueOf(String.valueOf(task.getVariable(Vars.DISPUTE_RESOLUTION)).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RefusedInput(Vars.DISPUTE_RESOLUTION, "disputeResolution must be UPHELD or REJECTED");
        }
        String note = ProcessVariables.string(task, Vars.RESOLUTION_NOTE);
        if (note == null) {
            throw new RefusedInput(Vars.RESOLUTION_NOTE, "resolutionNote: give the reason (write-off) or the explanation for the debtor");
        }
        BigDecimal writeOff;
        try {
            writeOff = ProcessVariables.amount(task, Vars.WRITE_OFF_AMOUNT);
        } catch (IllegalArgumentException e) {
            throw new RefusedInput(Vars.WRITE_OFF_AMOUNT, "writeOffAmount is not a number");
        }
        if (writeOff != null && writeOff.signum() <= 0) {
            throw new RefusedInput(Vars.WRITE_OFF_AMOUNT, "writeOffAmount must be greater than zero");
        }
        long holdId = ((Number) task.getVariable(Vars.DISPUTE_HOLD_ID)).longValue();
        String actor = dev.inkasso.workflow.ProcessVariables.actor(task);
        task.getExecution().setVariable(Vars.DISPUTE_OUTCOME,
                disputes.resolve(ProcessVariables.caseId(task), holdId, resolution, writeOff, note, actor).name());
    }
}
