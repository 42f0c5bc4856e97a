package dev.inkasso.reporting;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The book by stage and status in one set-based query: cases, principal, paid and outstanding (principal − payments
 * − write-offs, never below zero). The dashboard shows it; the Prometheus gauges are read from it.
 */
@Component
public class StageTotals {
    private final JdbcTemplate jdbc;

    StageTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows {@code {stage, status, cases, principal, paid, outstanding}}, ordered by status, then stage. */
    public List<Map<String, Object>> byStageAndStatus() {
        return jdbc.queryForList("""
                select c.stage, c.status, count(*) as cases,
                       coalesce(sum(i.amount), 0) as principal,
                       coalesce(sum(p.paid), 0) as paid,
                       coalesce(sum(greatest(i.amount - coalesce(p.paid, 0) - coalesce(w.written_off, 0), 0)), 0) as outstanding
                  from inkasso.debt_case c
                  join inkasso.invoice i on i.id = c.invoice_id
                  left join (select case_id, sum(amount) as paid from inkasso.payment group by case_id) p on p.case_id = c.id
                  left join (select case_id, sum(amount) as written_off from inkasso.write_off group by case_id) w on w.case_id = c.id
                 group by c.stage, c.status
                 order by c.status, c.stage""");
    }
}
