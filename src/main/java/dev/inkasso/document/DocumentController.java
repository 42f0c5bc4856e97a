package dev.inkasso.document;

import dev.inkasso.legal.UnknownKeyRateException;
import dev.inkasso.web.InvalidInputException;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DocumentController {
    private final Documents documents;

    DocumentController(Documents documents) {
        this.documents = documents;
    }

    record DocumentView(Long id, DocumentType type, int version, Instant createdAt, String sha256) {
        static DocumentView of(Document d) {
            return new DocumentView(d.getId(), d.getType(), d.getVersion(), d.getCreatedAt(), d.getSha256());
        }
    }

    record GenerateRequest(DocumentType type) {
    }

    @GetMapping("/api/cases/{id}/documents")
    List<DocumentView> list(@PathVariable long id) {
        return documents.of(id).stream().map(DocumentView::of).toList();
    }

    @GetMapping(path = "/api/cases/{id}/documents/{docId}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long docId) {
        return file(documents.get(id, docId));
    }

    /** A stored document as a download, with its SHA-256 so the receiver can check it is the one recorded. */
    static ResponseEntity<byte[]> file(Document d) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + d.fileName() + "\"")
                .header("X-Content-SHA256", d.getSha256())
                .contentType(MediaType.parseMediaType(d.getContentType())).body(d.getContent());
    }

    /** Generates a new version of a document (the earlier versions stay as they were). */
    @PostMapping("/api/cases/{id}/documents")
    @ResponseStatus(HttpStatus.CREATED)
    DocumentView generate(@PathVariable long id, @RequestBody GenerateRequest request, Principal user) {
        if (request.type() == null || !request.type().isGenerated()) {
            throw InvalidInputException.of("type", "must be one of " + DocumentType.generated());
        }
        try {
            return DocumentView.of(documents.generate(id, request.type(), user.getName(), Map.of()));
        } catch (UnknownKeyRateException e) {
            throw InvalidInputException.of("type", "cannot be computed today: " + e.getMessage());
        }
    }

    /** The interaction log of a case as one PDF: evidence of every contact, for a court claim. */
    @PostMapping(path = "/api/cases/{id}/interactions.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> interactionLog(@PathVariable long id, Principal user) {
        Document d = documents.generate(id, DocumentType.INTERACTION_LOG, user.getName(), Map.of());
        return download(id, d.getId());
    }
}
