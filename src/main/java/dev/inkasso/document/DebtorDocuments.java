package dev.inkasso.document;

import dev.inkasso.debtor.DebtorRepository;
import dev.inkasso.web.InvalidInputException;
import dev.inkasso.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents of a debtor as a whole: generated statements covering all its invoices and uploaded scans (PDF, JPEG,
 * PNG) of what it signed. Immutable and versioned per type, each with its SHA-256, like a case's documents.
 */
@Service
public class DebtorDocuments {
    static final Set<String> SCAN_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
    static final int MAX_SCAN_BYTES = 20 * 1024 * 1024;

    private final DocumentRepository documents;
    private final DebtorRepository debtors;
    private final Clock clock;

    DebtorDocuments(DocumentRepository documents, DebtorRepository debtors, Clock clock) {
        this.documents = documents;
        this.debtors = debtors;
        this.clock = clock;
    }

    @Transactional
    public Document store(long debtorId, DocumentType type, byte[] content, String contentType, String actor) {
        requireDebtor(debtorId);
        return documents.save(Document.ofDebtor(debtorId, type, documents.lastDebtorVersion(debtorId, type) + 1, content,
                contentType, actor, clock.instant()));
    }

    /** An uploaded scan: refused (naming the field) unless it is a PDF, JPEG or PNG of at most 20 MB, as it claims. */
    @Transactional
    public Document upload(long debtorId, byte[] content, String contentType, String actor) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "is required (the scan as PDF, JPEG or PNG)");
        }
        if (content.length > MAX_SCAN_BYTES) {
            throw InvalidInputException.of("file", "must be at most 20 MB");
        }
        String sniffed = sniff(content);
        if (sniffed == null || (contentType != null && !contentType.isBlank() && !contentType.startsWith(sniffed))) {
            throw InvalidInputException.of("file", "must be a PDF, JPEG or PNG file");
        }
        return store(debtorId, DocumentType.SIGNED_RECONCILIATION, content, sniffed, actor);
    }

    @Transactional(readOnly = true)
    public List<Document> of(long debtorId) {
        requireDebtor(debtorId);
        return documents.findByDebtorIdAndCaseIdIsNullOrderByIdAsc(debtorId);
    }

    @Transactional(readOnly = true)
    public Document get(long debtorId, long documentId) {
        return documents.findByIdAndDebtorIdAndCaseIdIsNull(documentId, debtorId)
                .orElseThrow(() -> new NotFoundException("No document " + documentId + " of debtor " + debtorId));
    }

    private void requireDebtor(long debtorId) {
        if (!debtors.existsById(debtorId)) {
            throw new NotFoundException("No debtor " + debtorId);
        }
    }

    /** The type the bytes show, by their magic numbers (a client's Content-Type is only a claim). */
    static String sniff(byte[] b) {
        if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return "application/pdf";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        return null;
    }
}
