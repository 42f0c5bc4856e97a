package dev.inkasso.audit;

import dev.inkasso.web.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditController {
    private final AuditEventRepository events;

    AuditController(AuditEventRepository events) {
        this.events = events;
    }

    record AuditPage(List<AuditEvent> content, int page, int size, long totalElements) {
    }

    /** Managers read the audit trail, newest first, filtered by actor, action and period. */
    @GetMapping("/api/audit")
    AuditPage search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                     @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw InvalidInputException.of("page", "must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw InvalidInputException.of("size", "must be from 1 to 500");
        }
        Page<AuditEvent> result = events.search(blankToNull(actor), blankToNull(action), from == null ? Instant.EPOCH : from,
                to == null ? Instant.parse("9999-12-31T00:00:00Z") : to, PageRequest.of(page, size));
        return new AuditPage(result.getContent(), page, size, result.getTotalElements());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
