package dev.inkasso.negotiation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Repository;

/**
 * The strategy table's facts that rows hold — debtor type and relationship, days overdue, the debtor's earlier late
 * payments and broken promises, a dispute ever held on the case — read in one statement. Every case opens with a
 * decision, so these were four queries and three entity loads on each case's first job (bench/RESULTS.md).
 */
@Repository
class StrategyFactRows {
    private static final String FACTS = """
            select d.type as debtor_type, d.relationship as relationship,
                   greatest(0, cast(:today as date) - i.due_date) as days_overdue,
                   (select count(*) from inkasso.debt_case oc join inkasso.invoice oi on oi.id = oc.invoice_id
                     where oi.debtor_id = d.id and oc.status = 'PAID' and oc.id <> c.id
                       and exists (select 1 from inkasso.payment p
                                    where p.case_id = oc.id
                                      and cast(p.paid_at at time zone cast(:zone as text) as date) > oi.due_date)) as late_payments,
                   (select count(*) from inkasso.promise_to_pay pr join inkasso.debt_case pc on pc.id = pr.case_id
                                     join inkasso.invoice pi on pi.id = pc.invoice_id
                     where pi.debtor_id = d.id and pr.status = 'BROKEN') as broken_promises,
                   exists (select 1 from inkasso.case_hold h where h.case_id = c.id and h.reason = 'DISPUTE') as disputed
              from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id join inkasso.debtor d on d.id = i.debtor_id
             where c.id = :caseId""";

    private final EntityManager entityManager;

    StrategyFactRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The facts of the case with this id; {@code today} and {@code zone} are the creditor's. */
    Row of(long caseId, LocalDate today, ZoneId zone) {
        // a native query flushes the persistence context first, so a hold or promise written earlier in the same
        // transaction counts
        Tuple t = (Tuple) entityManager.createNativeQuery(FACTS, Tuple.class).setParameter("caseId", caseId)
                .setParameter("today", today).setParameter("zone", zone.getId()).getSingleResult();
        return new Row(t.get("debtor_type", String.class), t.get("relationship", String.class),
                ((Number) t.get("days_overdue")).longValue(), ((Number) t.get("late_payments")).longValue(),
                ((Number) t.get("broken_promises")).longValue(), t.get("disputed", Boolean.class));
    }

    record Row(String debtorType, String relationship, long daysOverdue, long latePayments, long brokenPromises,
               boolean disputed) {
    }
}
