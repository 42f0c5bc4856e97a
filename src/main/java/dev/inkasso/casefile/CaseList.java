package dev.inkasso.casefile;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtcase.CaseStage;
import dev.inkasso.debtcase.CaseStatus;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case lists in set-based SQL: one query for the page (balances, strategy and officer computed for the page's rows
 * only) and one for the count, whatever the filter. The API's {@code GET /api/cases}, the search page and every
 * export read it, so a dashboard figure and the list behind it count the same cases.
 */
@Service
public class CaseList {
    /** The latest completed task's assignee among the process tree of the case row {@code c}. */
    private static final String OFFICER = officerOf("c.process_instance_id");
    /** The strategy last chosen for the case row {@code c} (the log records each choice). */
    private static final String STRATEGY = strategyOf("c.id");

    private static final String FROM = """
             from inkasso.debt_case c
             join inkasso.invoice i on i.id = c.invoice_id
             join inkasso.debtor d on d.id = i.debtor_id
            """;

    static String officerOf(String processInstanceId) {
        return "(select t.assignee_ from public.act_hi_taskinst t where t.root_proc_inst_id_ = " + processInstanceId
                + " and t.assignee_ is not null and t.end_time_ is not null order by t.end_time_ desc limit 1)";
    }

    static String strategyOf(String caseId) {
        return "(select s.outcome from inkasso.interaction s where s.case_id = " + caseId
                + " and s.kind = 'STRATEGY' order by s.occurred_at desc limit 1)";
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final LimitationWatch limitation;
    private final CreditorProperties creditor;
    private final Clock clock;

    CaseList(NamedParameterJdbcTemplate jdbc, LimitationWatch limitation, CreditorProperties creditor, Clock clock) {
        this.jdbc = jdbc;
        this.limitation = limitation;
        this.creditor = creditor;
        this.clock = clock;
    }

    public record Page(List<CaseRow> rows, int page, int size, long total) {
        public int pages() {
            return (int) ((total + size - 1) / size);
        }
    }

    @Transactional(readOnly = true)
    public Page find(CaseFilter filter, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        // every case has exactly one invoice and one debtor: the count joins them only when a filter needs them
        String countFrom = " from inkasso.debt_case c"
                + (where.contains("i.") || where.contains("d.") ? " join inkasso.invoice i on i.id = c.invoice_id" : "")
                + (where.contains("d.") ? " join inkasso.debtor d on d.id = i.debtor_id" : "");
        long total = jdbc.queryForObject("select count(*)" + countFrom + where, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        // the page first, then what is computed per row (balances, strategy, officer) for its rows only
        // only case columns filtered: the newest cases by the primary key first, their invoice and debtor for the page
        String pageQuery = where.contains("i.") || where.contains("d.")
                ? "select c.id, c.stage, c.status, c.process_instance_id, i.number, i.amount, i.due_date, d.id as debtor_id,"
                  + " d.name, d.inn" + FROM + where + " order by c.id desc limit :limit offset :offset"
                : "select c.id, c.stage, c.status, c.process_instance_id, i.number, i.amount, i.due_date, d.id as debtor_id,"
                  + " d.name, d.inn from (select * from inkasso.debt_case c" + where
                  + " order by c.id desc limit :limit offset :offset) c"
                  + " join inkasso.invoice i on i.id = c.invoice_id join inkasso.debtor d on d.id = i.debtor_id";
        List<CaseRow> rows = jdbc.query("select page.*, p.paid, w.written_off, " + strategyOf("page.id") + " as strategy, "
                + officerOf("page.process_instance_id") + " as officer from (" + pageQuery + ") page"
                + " left join lateral (select sum(amount) as paid from inkasso.payment where case_id = page.id) p on true"
                + " left join lateral (select sum(amount) as written_off from inkasso.write_off where case_id = page.id) w on true"
                + " order by page.id desc", params, this::row);
        return new Page(rows, page, size, total);
    }

    /** Every case of the filter, for exports (bounded: exports of more are refused by the caller). */
    public List<CaseRow> all(CaseFilter filter, int max) {
        return find(filter, 0, max).rows();
    }

    private String where(CaseFilter f, MapSqlParameterSource params) {
        List<String> and = new ArrayList<>();
        if (f.invoice() != null && !f.invoice().isBlank()) {
            and.add("i.number ilike :invoice");
            params.addValue("invoice", "%" + like(f.invoice().trim()) + "%");
        }
        if (f.debtor() != null && !f.debtor().isBlank()) {
            and.add("(lower(d.name) like :debtorName or d.inn = :debtorText)");
            params.addValue("debtorName", "%" + like(f.debtor().trim().toLowerCase()) + "%").addValue("debtorText", f.debtor().trim());
        }
        if (f.debtorInn() != null && !f.debtorInn().isBlank()) {
            and.add("d.inn = :inn");
            params.addValue("inn", f.debtorInn().trim());
        }
        if (f.debtorId() != null) {
            and.add("d.id = :debtorId");
            params.addValue("debtorId", f.debtorId());
        }
        if (f.stage() != null) {
            and.add("c.stage = :stage");
            params.addValue("stage", f.stage().name());
        }
        if (f.status() != null) {
            and.add("c.status = :status");
            params.addValue("status", f.status().name());
        }
        if (f.officer() != null && !f.officer().isBlank()) {
            and.add(OFFICER + " = :officer");
            params.addValue("officer", f.officer().trim());
        }
        if (f.bucket() != null) {
            // days past due = today − due date, as a due-date range (the index on the due date serves it)
            and.add("c.status in ('OPEN', 'BANKRUPTCY')");
            if (f.bucket().toDays() != Integer.MAX_VALUE) {
                and.add("i.due_date >= :dueFrom");
                params.addValue("dueFrom", Date.valueOf(today().minusDays(f.bucket().toDays())));
            }
            if (f.bucket().fromDays() != Integer.MIN_VALUE) {
                and.add("i.due_date <= :dueTo");
                params.addValue("dueTo", Date.valueOf(today().minusDays(f.bucket().fromDays())));
            }
        }
        if (f.strategy() != null && !f.strategy().isBlank()) {
            and.add(STRATEGY + " = :strategy");
            params.addValue("strategy", f.strategy().trim());
        }
        if (f.agencyId() != null) {
            and.add("exists (select 1 from inkasso.agency_placement ap where ap.case_id = c.id and ap.agency_id = :agencyId)");
            params.addValue("agencyId", f.agencyId());
        }
        if (f.reached() != null && f.reached() != CaseStage.PRE_DUE) {
            and.add("exists (select 1 from inkasso.case_stage_change s where s.case_id = c.id and s.stage = :reached)");
            params.addValue("reached", f.reached().name());
        }
        if (f.nearLimitation()) {
            and.add("c.id = any(:nearLimitation)");
            params.addValue("nearLimitation", limitation.expiringSoon().stream().toArray(Long[]::new));
        }
        return and.isEmpty() ? "" : " where " + String.join(" and ", and);
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    LocalDate today() {
        return creditor.today(clock);
    }

    private CaseRow row(ResultSet rs, int n) throws SQLException {
        BigDecimal principal = rs.getBigDecimal("amount");
        BigDecimal paid = zeroIfNull(rs.getBigDecimal("paid"));
        BigDecimal writtenOff = zeroIfNull(rs.getBigDecimal("written_off"));
        LocalDate due = rs.getDate("due_date").toLocalDate();
        BigDecimal outstanding = principal.subtract(paid).subtract(writtenOff).max(BigDecimal.ZERO.setScale(2));
        return new CaseRow(rs.getLong("id"), rs.getString("number"), rs.getLong("debtor_id"), rs.getString("name"),
                rs.getString("inn"), CaseStage.valueOf(rs.getString("stage")), CaseStatus.valueOf(rs.getString("status")),
                principal, paid, outstanding, due, Math.max(0, ChronoUnit.DAYS.between(due, today())),
                rs.getString("strategy"), rs.getString("officer"));
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value;
    }
}
