package dev.inkasso.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A generated document. Immutable: regenerating creates a new version. */
@Entity
@Immutable
@Table(name = "document")
public class Document {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The case's document; null for a document of the debtor as a whole (a reconciliation statement, a scan). */
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "debtor_id")
    private Long debtorId;

    @Column(name = "content_type", nullable = false)
    private String contentType = "application/pdf";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentType type;

    @Column(nullable = false)
    private int version;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "bytea")
    private byte[] content;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Document() {
    }

    public Document(Long caseId, DocumentType type, int version, byte[] content, String sha256, String createdBy,
                    Instant createdAt) {
        this.caseId = caseId;
        this.type = type;
        this.version = version;
        this.content = content;
        this.sha256 = sha256;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A document of the debtor as a whole, of any content type (a generated PDF, an uploaded scan). */
    public static Document ofDebtor(Long debtorId, DocumentType type, int version, byte[] content, String contentType,
                                    String createdBy, Instant createdAt) {
        Document d = new Document(null, type, version, content, Documents.sha256(content), createdBy, createdAt);
        d.debtorId = debtorId;
        d.contentType = contentType;
        return d;
    }

    public Long getDebtorId() {
        return debtorId;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public DocumentType getType() {
        return type;
    }

    public int getVersion() {
        return version;
    }

    public byte[] getContent() {
        return content;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String fileName() {
        String extension = switch (contentType) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> ".pdf";
        };
        return type.template() + "-" + (caseId != null ? caseId : "debtor-" + debtorId) + "-v" + version + extension;
    }
}
