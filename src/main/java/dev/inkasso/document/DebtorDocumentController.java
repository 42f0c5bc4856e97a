package dev.inkasso.document;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A debtor's own documents: reconciliation statements and the scans of signed ones. */
@RestController
class DebtorDocumentController {
    private final DebtorDocuments documents;

    DebtorDocumentController(DebtorDocuments documents) {
        this.documents = documents;
    }

    record DebtorDocumentView(Long id, DocumentType type, int version, Instant createdAt, String sha256) {
        static DebtorDocumentView of(Document d) {
            return new DebtorDocumentView(d.getId(), d.getType(), d.getVersion(), d.getCreatedAt(), d.getSha256());
        }
    }

    @GetMapping("/api/debtors/{id}/documents")
    List<DebtorDocumentView> list(@PathVariable long id) {
        return documents.of(id).stream().map(DebtorDocumentView::of).toList();
    }

    @GetMapping("/api/debtors/{id}/documents/{docId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long docId) {
        return DocumentController.file(documents.get(id, docId));
    }

    /** Uploads the scan of a signed statement (multipart field {@code file}); its id goes into the officer's task. */
    @PostMapping(path = "/api/debtors/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                             Principal user) throws IOException {
        byte[] content = file == null ? null : file.getBytes();
        return Map.of("documentId", documents.upload(id, content, file == null ? null : file.getContentType(), user.getName()).getId());
    }
}
