package dev.inkasso.payment;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PaymentRepository extends JpaRepository<Payment, Long> {
    // JPQL rather than derived queries on the hot paths: Hibernate caches a JPQL query's translation, not a criteria
    // query's (bench/RESULTS.md)
    @Query("select p from Payment p where p.externalId = :externalId")
    Optional<Payment> findByExternalId(String externalId);

    // Native, with one array parameter: Hibernate translates a JPQL or derived query with a list parameter again on each
    // call (its SQL depends on the list's length), which cost a small group of single posts as much as its inserts
    // (bench/RESULTS.md)
    @Query(value = "select * from inkasso.payment where external_id = any(:externalIds)", nativeQuery = true)
    List<Payment> findByExternalIdAmong(String[] externalIds);

    default List<Payment> findByExternalIdIn(Collection<String> externalIds) {
        return findByExternalIdAmong(externalIds.toArray(String[]::new));
    }

    @Query("select p from Payment p where p.caseId = :caseId order by p.paidAt asc")
    List<Payment> findByCaseIdOrderByPaidAtAsc(Long caseId);

    /**
     * The invoice's amount, what was paid and what was written off on a case, in one statement: every balance asks
     * all three (empty when there is no such case).
     */
    @Query("""
            select i.amount as principal,
                   coalesce((select sum(p.amount) from Payment p where p.caseId = c.id), 0) as paid,
                   coalesce((select sum(w.amount) from WriteOff w where w.caseId = c.id), 0) as writtenOff
              from DebtCase c join c.invoice i where c.id = :caseId""")
    Optional<Settlement> settlementOf(Long caseId);

    // Native, with one array parameter: Hibernate translates a JPQL or derived query with a list parameter again on each
    // call (its SQL depends on the list's length), which cost a small group of single posts as much as its inserts
    // (bench/RESULTS.md)
    @Query(value = """
            select c.id as "caseId", i.amount as principal,
                   coalesce((select sum(p.amount) from inkasso.payment p where p.case_id = c.id), 0) as paid,
                   coalesce((select sum(w.amount) from inkasso.write_off w where w.case_id = c.id), 0) as "writtenOff"
              from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id where c.id = any(:caseIds)""",
            nativeQuery = true)
    List<CaseSettlement> settlementsAmong(Long[] caseIds);

    /** {@link #settlementOf} for many cases, one row each. */
    default List<CaseSettlement> settlementsOf(Collection<Long> caseIds) {
        return settlementsAmong(caseIds.toArray(Long[]::new));
    }

    @Query("select coalesce(sum(p.amount), 0) from Payment p where p.caseId = :caseId and p.paidAt >= :since")
    BigDecimal totalPaidSince(Long caseId, java.time.Instant since);

    @Query("select coalesce(sum(p.amount), 0) from Payment p where p.caseId = :caseId and p.method in :methods")
    BigDecimal totalPaidBy(Long caseId, Collection<PaymentMethod> methods);

    @Query("select p.caseId as caseId, sum(p.amount) as paid from Payment p where p.caseId in :caseIds group by p.caseId")
    List<PaidPerCase> totalPaidPerCase(Collection<Long> caseIds);

    interface Settlement {
        BigDecimal getPrincipal();

        BigDecimal getPaid();

        BigDecimal getWrittenOff();
    }

    interface CaseSettlement extends Settlement {
        Long getCaseId();
    }

    interface PaidPerCase {
        Long getCaseId();

        BigDecimal getPaid();
    }
}
