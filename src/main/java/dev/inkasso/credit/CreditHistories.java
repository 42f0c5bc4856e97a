package dev.inkasso.credit;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.credit.CreditHistory.InvoiceFact;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a debtor's {@link CreditHistory} from the ledger in one query. */
@Service
public class CreditHistories {
    /** The stages past the soft ones: a case that reached any of them escalated. */
    static final java.util.Set<dev.inkasso.debtcase.CaseStage> ESCALATION = java.util.EnumSet.of(
            dev.inkasso.debtcase.CaseStage.AGENCY, dev.inkasso.debtcase.CaseStage.PRE_TRIAL_CLAIM,
            dev.inkasso.debtcase.CaseStage.COURT_PENDING, dev.inkasso.debtcase.CaseStage.COURT,
            dev.inkasso.debtcase.CaseStage.ENFORCEMENT);
    static final String ESCALATED_STAGES = sqlList(ESCALATION);

    /** A set of stages as an SQL list of literals (enum names only, never user input). */
    static String sqlList(java.util.Set<dev.inkasso.debtcase.CaseStage> stages) {
        return stages.stream().map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", "));
    }

    private final JdbcClient jdbc;
    private final CreditorProperties creditor;

    CreditHistories(JdbcClient jdbc, CreditorProperties creditor) {
        this.jdbc = jdbc;
        this.creditor = creditor;
    }

    @Transactional(readOnly = true)
    public CreditHistory of(long debtorId, BigDecimal limit) {
        String zone = creditor.timeZone().getId();
        record Row(InvoiceFact fact, BigDecimal outstanding) {
        }
        List<Row> rows = jdbc.sql("""
                select c.id, c.status, i.due_date, i.amount, c.closed_at,
                       (select max((p.paid_at at time zone :zone)::date) from inkasso.payment p where p.case_id = c.id) as last_paid,
                       (select max(p.received_at) from inkasso.payment p where p.case_id = c.id) as last_received,
                       (select coalesce(sum(p.amount), 0) from inkasso.payment p where p.case_id = c.id) as paid,
                       (select coalesce(sum(w.amount), 0) from inkasso.write_off w where w.case_id = c.id) as written_off,
                       (c.stage in (%1$s) or exists (select 1 from inkasso.case_stage_change s
                                                       where s.case_id = c.id and s.stage in (%1$s))) as escalated,
                       (c.status in ('OPEN', 'BANKRUPTCY') and c.stage in (%1$s)) as escalated_now,
                       (select count(*) from inkasso.promise_to_pay pr where pr.case_id = c.id and pr.status = 'BROKEN') as broken,
                       (select count(*) from inkasso.case_hold h where h.case_id = c.id and h.reason = 'DISPUTE') as disputes
                  from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id
                 where i.debtor_id = :debtor
                 order by i.due_date, c.id""".formatted(ESCALATED_STAGES))
                .param("zone", zone).param("debtor", debtorId)
                .query((rs, n) -> {
                    String status = rs.getString("status");
                    BigDecimal amount = rs.getBigDecimal("amount");
                    BigDecimal paid = rs.getBigDecimal("paid");
                    // paid in full even before the case's process has closed it
                    boolean paidInFull = paid.compareTo(amount) >= 0;
                    boolean closed = !"OPEN".equals(status) && !"BANKRUPTCY".equals(status);
                    Date lastPaid = rs.getDate("last_paid");
                    Timestamp closedAt = rs.getTimestamp("closed_at");
                    Timestamp received = rs.getTimestamp("last_received");
                    LocalDate settledOn = paidInFull && lastPaid != null ? lastPaid.toLocalDate() : closed ? closedOn(closedAt) : null;
                    Instant settledAt = paidInFull && received != null ? received.toInstant()
                            : closed && closedAt != null ? closedAt.toInstant() : null;
                    BigDecimal owed = settledOn == null
                            ? amount.subtract(paid).subtract(rs.getBigDecimal("written_off")).max(BigDecimal.ZERO) : BigDecimal.ZERO;
                    return new Row(new InvoiceFact(rs.getLong("id"), rs.getDate("due_date").toLocalDate(), settledOn, settledAt,
                            paidInFull, rs.getBoolean("escalated"), rs.getBoolean("escalated_now") && !paidInFull, rs.getInt("broken"),
                            rs.getInt("disputes")), owed);
                }).list();
        BigDecimal outstanding = rows.stream().map(Row::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        return new CreditHistory(rows.stream().map(Row::fact).toList(), outstanding, limit);
    }

    private LocalDate closedOn(Timestamp closedAt) {
        return closedAt == null ? null : closedAt.toInstant().atZone(creditor.timeZone()).toLocalDate();
    }
}
