package dev.inkasso.claim;

import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.CaseLocks;
import dev.inkasso.hold.Holds;
import dev.inkasso.web.ConflictException;
import dev.inkasso.web.InvalidInputException;
import dev.inkasso.web.NotFoundException;
import dev.inkasso.web.RetryingTransaction;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClaimController {
    static final String MSG_CLAIM_REPLY = dev.inkasso.workflow.DebtCaseProcess.MSG_CLAIM_REPLY_RECEIVED;
    private final PreTrialClaims claims;
    private final CaseLocks cases;
    private final RuntimeService runtime;
    private final Holds holds;
    private final RetryingTransaction transaction;

    ClaimController(PreTrialClaims claims, CaseLocks cases, RuntimeService runtime, Holds holds,
                    RetryingTransaction transaction) {
        this.claims = claims;
        this.cases = cases;
        this.transaction = transaction;
        this.runtime = runtime;
        this.holds = holds;
    }

    record Reply(String text) {
    }

    /** The debtor answered the pre-trial claim: a lawyer reviews the reply. */
    @PostMapping("/api/cases/{id}/claim-reply")
    Map<String, String> reply(@PathVariable long id, @RequestBody Reply reply) {
        if (reply.text() == null || reply.text().isBlank()) {
            throw InvalidInputException.of("text", "must not be blank");
        }
        return transaction.run(() -> answer(id, reply.text().trim()));
    }

    private Map<String, String> answer(long id, String text) {
        DebtCase debtCase = cases.lock(id).orElseThrow(() -> new NotFoundException("No debt case " + id));
        String number = debtCase.getInvoice().getNumber();
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).list().stream()
                .noneMatch(pi -> runtime.createEventSubscriptionQuery().eventName(MSG_CLAIM_REPLY).processInstanceId(pi.getId())
                        .count() > 0)) {
            throw new ConflictException("caseId", "case " + id + " is not waiting for a reply to a pre-trial claim");
        }
        claims.answered(id, text);
        // a held case's claim waits paused; it still hears the reply
        holds.withProcessActive(debtCase, () -> runtime.createMessageCorrelation(MSG_CLAIM_REPLY).processInstanceBusinessKey(number)
                .setVariable(dev.inkasso.workflow.DebtCaseProcess.Vars.CLAIM_REPLY, text).correlate());
        return Map.of("status", "ANSWERED");
    }
}
