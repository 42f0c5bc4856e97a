package dev.inkasso.reconciliation;

import dev.inkasso.config.CreditorProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A debtor's ledger with the creditor: invoices (debit), payments and write-offs (credit), each dated in the creditor's
 * time zone, and the statement of a period cut from it: the opening balance, the period's entries, the turnover and
 * the closing balance, which by construction equal the ledger to the kopeck.
 */
@Service
public class DebtorLedger {
    public enum Kind { INVOICE, PAYMENT, WRITE_OFF }

    public record Entry(LocalDate date, long caseId, String invoiceNumber, Kind kind, BigDecimal debit, BigDecimal credit) {
        BigDecimal change() {
            return debit.subtract(credit);
        }
    }

    /** The statement of {@code from..to}; {@code coveredCases}: the invoices with a balance at its end. */
    public record Statement(LocalDate from, LocalDate to, BigDecimal opening, List<Entry> entries, BigDecimal debit,
                            BigDecimal credit, BigDecimal closing, List<Long> coveredCases) {
    }

    private final JdbcClient jdbc;
    private final CreditorProperties creditor;

    DebtorLedger(JdbcClient jdbc, CreditorProperties creditor) {
        this.jdbc = jdbc;
        this.creditor = creditor;
    }

    @Transactional(readOnly = true)
    public List<Entry> entries(long debtorId) {
        return jdbc.sql("""
                select on_date, case_id, number, kind, debit, credit from (
                  select i.issue_date as on_date, c.id as case_id, i.number, 'INVOICE' as kind, i.amount as debit,
                         0::numeric(19,2) as credit, 0 as kind_order, i.id as entry_id
                    from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id where i.debtor_id = :debtor
                  union all
                  select (p.paid_at at time zone :zone)::date, c.id, i.number, 'PAYMENT', 0, p.amount, 1, p.id
                    from inkasso.payment p join inkasso.debt_case c on c.id = p.case_id join inkasso.invoice i on i.id = c.invoice_id
                   where i.debtor_id = :debtor
                  union all
                  select (w.created_at at time zone :zone)::date, c.id, i.number, 'WRITE_OFF', 0, w.amount, 2, w.id
                    from inkasso.write_off w join inkasso.debt_case c on c.id = w.case_id join inkasso.invoice i on i.id = c.invoice_id
                   where i.debtor_id = :debtor
                ) ledger order by on_date, kind_order, entry_id""")
                .param("debtor", debtorId).param("zone", creditor.timeZone().getId())
                .query((rs, n) -> new Entry(rs.getDate("on_date").toLocalDate(), rs.getLong("case_id"), rs.getString("number"),
                        Kind.valueOf(rs.getString("kind")), rs.getBigDecimal("debit").setScale(2), rs.getBigDecimal("credit").setScale(2)))
                .list();
    }

    public Statement statement(long debtorId, LocalDate from, LocalDate to) {
        BigDecimal opening = zero();
        BigDecimal debit = zero();
        BigDecimal credit = zero();
        List<Entry> period = new ArrayList<>();
        Map<Long, BigDecimal> perCase = new LinkedHashMap<>();
        for (Entry e : entries(debtorId)) {
            if (e.date().isAfter(to)) {
                continue;
            }
            perCase.merge(e.caseId(), e.change(), BigDecimal::add);
            if (e.date().isBefore(from)) {
                opening = opening.add(e.change());
            } else {
                period.add(e);
                debit = debit.add(e.debit());
                credit = credit.add(e.credit());
            }
        }
        List<Long> covered = perCase.entrySet().stream().filter(c -> c.getValue().signum() > 0).map(Map.Entry::getKey).toList();
        return new Statement(from, to, opening, period, debit, credit, opening.add(debit).subtract(credit), covered);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
