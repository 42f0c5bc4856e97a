package dev.inkasso.reconciliation;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReconciliationController {
    private final Reconciliations reconciliations;

    ReconciliationController(Reconciliations reconciliations) {
        this.reconciliations = reconciliations;
    }

    record ReconciliationRequest(LocalDate periodFrom, LocalDate periodTo) {
    }

    /** Generates the statement of the period, mails it and opens the officer's task for its return. */
    @PostMapping("/api/debtors/{id}/reconciliation")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> send(@PathVariable long id, @RequestBody ReconciliationRequest request, Principal user) {
        Reconciliations.Sent sent = reconciliations.send(id, request.periodFrom(), request.periodTo(), false, user.getName());
        return Map.of("documentId", sent.documentId(), "reconciliationId", sent.reconciliationId(),
                "processInstanceId", sent.processInstanceId());
    }
}
