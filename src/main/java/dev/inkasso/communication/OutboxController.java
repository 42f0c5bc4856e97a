package dev.inkasso.communication;

import dev.inkasso.interaction.Direction;
import dev.inkasso.web.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every letter the system queued or sent, for managers: {@code /api/outbox}, one letter as HTML at {@code /api/outbox/{id}/html}. */
@RestController
@RequestMapping("/api/outbox")
class OutboxController {
    private final OutboxRepository outbox;

    OutboxController(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    List<OutboxView> list(@RequestParam(required = false) Long caseId, @RequestParam(defaultValue = "100") int limit) {
        List<OutboxMessage> messages = caseId != null ? outbox.findByCaseIdOrderByIdAsc(caseId)
                : outbox.findAll(PageRequest.of(0, Math.max(1, Math.min(limit, 500)), Sort.by(Sort.Direction.DESC, "id"))).getContent();
        return messages.stream().map(OutboxView::of).toList();
    }

    @GetMapping(path = "/{id}/html", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String html(@PathVariable long id) {
        return outbox.findById(id).orElseThrow(() -> new NotFoundException("No letter " + id)).getBodyHtml();
    }

    record OutboxView(Long id, Long caseId, String kind, String recipient, String subject, OutboxStatus status,
                      int attempts, Instant nextAttemptAt, Instant sentAt, String messageId, String lastError,
                      String bodyText) {
        static OutboxView of(OutboxMessage m) {
            return new OutboxView(m.getId(), m.getCaseId(), m.getKind(), m.getRecipient(), m.getSubject(),
                    m.getStatus(), m.getAttempts(), m.getNextAttemptAt(), m.getSentAt(), m.getMessageId(),
                    m.getLastError(), m.getBodyText());
        }
    }
}
