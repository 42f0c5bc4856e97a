package dev.inkasso.payment;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.workflow.ProcessVariables;
import dev.inkasso.workflow.TaskInput;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the managers' write-off task (court and enforcement stages): {@code writeOffApproved}, and a
 * {@code writeOffReason} when approved; an approved write-off writes off the rest and closes the case WRITTEN_OFF.
 */
@Component("approveWriteOff")
class ApproveWriteOff implements TaskListener {
    static final String APPROVED = "writeOffApproved";
    static final String REASON = "writeOffReason";

    private final WriteOffs writeOffs;
    private final CreditorProperties creditor;
    private final Clock clock;

    ApproveWriteOff(WriteOffs writeOffs, CreditorProperties creditor, Clock clock) {
        this.writeOffs = writeOffs;
        this.creditor = creditor;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task, creditor, clock);
        Boolean approved = input.flag(APPROVED);
        if (approved == null) {
            input.refuse(APPROVED, "is required (true or false)");
        }
        String reason = input.optionalText(REASON);
        if (Boolean.TRUE.equals(approved) && reason == null) {
            input.refuse(REASON, "is required when the write-off is approved");
        }
        input.check();
        if (approved) {
            writeOffs.writeOffRest(ProcessVariables.caseId(task), reason, ProcessVariables.actor(task));
        }
    }
}
