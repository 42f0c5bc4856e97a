package dev.inkasso.hold;

import dev.inkasso.web.Retry;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HoldController {
    private final Holds holds;

    HoldController(Holds holds) {
        this.holds = holds;
    }

    record HoldRequest(HoldReason reason, LocalDate until, String note) {
    }

    @PostMapping("/api/cases/{id}/holds")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> place(@PathVariable long id, @RequestBody HoldRequest request, Principal user) {
        return Map.of("holdId", Retry.onConflict(() -> holds.place(id, request.reason(), request.until(), request.note(),
                user.getName())).getId());
    }

    @DeleteMapping("/api/cases/{id}/holds/{holdId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void lift(@PathVariable long id, @PathVariable long holdId, Principal user) {
        Retry.onConflict(() -> {
            holds.lift(id, holdId, user.getName());
            return holdId;
        });
    }

    @GetMapping("/api/cases/{id}/holds")
    List<HoldView> history(@PathVariable long id) {
        return holds.history(id).stream().map(HoldView::of).toList();
    }

    /** A hold on every open case of a debtor (e.g. hardship, bankruptcy). */
    @PostMapping("/api/debtors/{id}/holds")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, List<Long>> placeForDebtor(@PathVariable long id, @RequestBody HoldRequest request, Principal user) {
        return Map.of("holdIds", Retry.onConflict(() -> holds.placeForDebtor(id, request.reason(), request.until(),
                request.note(), user.getName())).stream().map(CaseHold::getId).toList());
    }
}
