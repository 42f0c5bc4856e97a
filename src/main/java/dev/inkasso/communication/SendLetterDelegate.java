package dev.inkasso.communication;

import dev.inkasso.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A service task that queues one kind of letter for the case. */
abstract class SendLetterDelegate implements JavaDelegate {
    private final Letters letters;
    private final LetterKind kind;

    SendLetterDelegate(Letters letters, LetterKind kind) {
        this.letters = letters;
        this.kind = kind;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.queue(ProcessVariables.caseId(execution), kind);
    }
}
