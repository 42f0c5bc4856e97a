package dev.inkasso.reporting;

import dev.inkasso.agency.Agencies;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's overview: cases and money by stage, red flags (incidents, overdue tasks, failed letters,
 * unmatched payments) and the agencies' results. Aggregated in the database, one query per figure.
 */
@Service
public class Dashboard {
    private final JdbcTemplate jdbc;
    private final Agencies agencies;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final StageTotals stageTotals;
    private final Clock clock;

    public Dashboard(JdbcTemplate jdbc, Agencies agencies, RuntimeService runtime, TaskService tasks,
                     ManagementService management, StageTotals stageTotals, Clock clock) {
        this.jdbc = jdbc;
        this.stageTotals = stageTotals;
        this.agencies = agencies;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> overview() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("asOf", clock.instant());
        view.put("byStage", stageTotals.byStageAndStatus());
        BigDecimal collected = jdbc.queryForObject(
                "select coalesce(sum(amount), 0) from inkasso.payment where paid_at >= date_trunc('month', ?::timestamptz)",
                BigDecimal.class, java.sql.Timestamp.from(clock.instant()));
        view.put("collectedThisMonth", collected);
        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("incidents", management.createJobQuery().withException().count() + runtime.createIncidentQuery().count());
        flags.put("overdueTasks", tasks.createTaskQuery().dueBefore(java.util.Date.from(clock.instant())).count());
        flags.put("failedLetters", jdbc.queryForObject("select count(*) from inkasso.outbox_message where status = 'FAILED'", Long.class));
        flags.put("unmatchedPayments", jdbc.queryForObject("select count(*) from inkasso.unmatched_payment where resolved_at is null", Long.class));
        flags.put("casesOnHold", jdbc.queryForObject("select count(distinct case_id) from inkasso.case_hold where lifted_at is null", Long.class));
        flags.put("brokenPromises", jdbc.queryForObject("select count(*) from inkasso.promise_to_pay where status = 'BROKEN'", Long.class));
        view.put("redFlags", flags);
        view.put("writeOffs", jdbc.queryForList("""
                select reason, count(*) as cases, sum(amount) as amount from inkasso.write_off
                group by reason order by sum(amount) desc limit 10"""));
        view.put("court", jdbc.queryForList("""
                select coalesce(result, 'TO_FILE') as result, count(*) as cases from inkasso.court_case c
                  join inkasso.debt_case d on d.id = c.case_id where d.closed_at is null group by 1 order by 1"""));
        view.put("enforcement", jdbc.queryForList("""
                select coalesce(e.status, 'TO_SUBMIT') as status, count(*) as cases from inkasso.enforcement e
                  join inkasso.debt_case d on d.id = e.case_id where d.closed_at is null group by 1 order by 1"""));
        List<Map<String, Object>> agencyResults = agencies.performance();
        view.put("agencies", agencyResults);
        return view;
    }
}
