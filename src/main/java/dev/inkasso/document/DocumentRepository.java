package dev.inkasso.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, Long> {
    List<Document> findByCaseIdOrderByIdAsc(Long caseId);

    Optional<Document> findByIdAndCaseId(Long id, Long caseId);

    @Query("select coalesce(max(d.version), 0) from Document d where d.caseId = :caseId and d.type = :type")
    int lastVersion(Long caseId, DocumentType type);

    List<Document> findByDebtorIdAndCaseIdIsNullOrderByIdAsc(Long debtorId);

    Optional<Document> findByIdAndDebtorIdAndCaseIdIsNull(Long id, Long debtorId);

    @Query("select coalesce(max(d.version), 0) from Document d where d.debtorId = :debtorId and d.caseId is null and d.type = :type")
    int lastDebtorVersion(Long debtorId, DocumentType type);
}
