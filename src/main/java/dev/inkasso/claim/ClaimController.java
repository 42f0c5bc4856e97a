package dev.inkasso.claim;

import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.hold.Holds;
import dev.inkasso.web.ConflictException;
import dev.inkasso.web.InvalidInputException;
import dev.inkasso.web.NotFoundException;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClaimController {
    static final String MSG_CLAIM_REPLY = dev.inkasso.workflow.DebtCaseProcess.MSG_CLAIM_REPLY_RECEIVED;
    private final PreTrialClaims claims;
    private final DebtCaseRepository cases;
    private final RuntimeService runtime;
    private final Holds holds;

    ClaimController(PreTrialClaims claims, DebtCaseRepository cases, RuntimeService runtime, Holds holds) {
        this.claims = claims;
        this.cases = cases;
        this.runtime = runtime;
        this.holds = holds;
    }

    record Reply(String text) {
    }

    /** The debtor answered the pre-trial claim: a lawyer reviews the reply. */
    @PostMapping("/api/cases/{id}/claim-reply")
    @Transactional
    Map<String, String> reply(@PathVariable long id, @RequestBody Reply reply) {
        if (reply.text() == null || reply.text().isBlank()) {
            throw InvalidInputException.of("text", "must not be blank");
        }
        DebtCase debtCase = cases.findById(id).orElseThrow(() -> new NotFoundException("No debt case " + id));
        String number = debtCase.getInvoice().getNumber();
        if (runtime.createEventSubscriptionQuery().eventName(MSG_CLAIM_REPLY).list().stream()
                .noneMatch(s -> number.equals(runtime.createProcessInstanceQuery().processInstanceId(s.getProcessInstanceId())
                        .singleResult().getBusinessKey()))) {
            throw new ConflictException("caseId", "case " + id + " is not waiting for a reply to a pre-trial claim");
        }
        claims.answered(id, reply.text().trim());
        // a held case's claim waits paused; it still hears the reply
        holds.withProcessActive(debtCase, () -> runtime.createMessageCorrelation(MSG_CLAIM_REPLY).processInstanceBusinessKey(number)
                .setVariable(dev.inkasso.workflow.DebtCaseProcess.Vars.CLAIM_REPLY, reply.text().trim()).correlate());
        return Map.of("status", "ANSWERED");
    }
}
