package dev.inkasso.hold;

import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.web.InvalidInputException;
import dev.inkasso.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import dev.inkasso.workflow.engine.RefusedInput;
import org.springframework.stereotype.Component;

/**
 * Task_PlaceHold of place-hold.bpmn: the Tasklist start form's hold, placed like one from the API. Bad input
 * is refused with the field named, and nothing is placed.
 */
@Component("placeHoldFromForm")
class PlaceHoldFromForm implements JavaDelegate {
    private final Holds holds;
    private final DebtCaseRepository cases;
    private final dev.inkasso.config.CreditorProperties creditor;

    PlaceHoldFromForm(Holds holds, DebtCaseRepository cases, dev.inkasso.config.CreditorProperties creditor) {
        this.holds = holds;
        this.cases = cases;
        this.creditor = creditor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = ProcessVariables.string(execution, "invoiceNumber");
        long caseId = cases.findByInvoiceNumber(number == null ? "" : number)
                .orElseThrow(() -> new RefusedInput("invoiceNumber", "invoiceNumber: no case for invoice " + number))
                .getId();
        HoldReason reason;
        try {
            reason = HoldReason.valueOf(String.valueOf(execution.getVariable("holdReason")));
        } catch (IllegalArgumentException e) {
            throw new RefusedInput("holdReason", "holdReason: choose a reason");
        }
        String actor = ProcessVariables.string(execution, "initiator");
        try {
            holds.place(caseId, reason, ProcessVariables.date(execution, "holdUntil", creditor.timeZone()),
                    ProcessVariables.string(execution, "holdNote"), actor == null ? "tasklist" : actor);
        } catch (InvalidInputException e) {
            var problem = e.problems().get(0);
            throw new RefusedInput(problem.field(), problem.field() + ": " + problem.message());
        }
    }
}
