package dev.inkasso.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The book and the engine as Prometheus gauges ({@code /actuator/prometheus}): outstanding money and open cases by
 * stage, cases by status, letters by outbox status, open tasks, incidents, failed jobs, and the engine's own job
 * counters. The figures are read from the database every 30 s (and at start), not at every scrape, so a scrape
 * costs nothing whatever the size of the book.
 */
@Component
class BusinessMetrics {
    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final MultiGauge outstandingByStage;
    private final MultiGauge openCasesByStage;
    private final MultiGauge casesByStatus;
    private final MultiGauge lettersByStatus;
    private final MultiGauge engineFigures;

    private final boolean engineMetricsEnabled;

    BusinessMetrics(MeterRegistry registry, JdbcTemplate jdbc, ProcessEngine engine,
                    @org.springframework.beans.factory.annotation.Value("${camunda.bpm.metrics.enabled:true}") boolean engineMetrics) {
        this.jdbc = jdbc;
        this.tasks = engine.getTaskService();
        this.runtime = engine.getRuntimeService();
        this.management = engine.getManagementService();
        this.engineMetricsEnabled = engineMetrics;
        outstandingByStage = MultiGauge.builder("inkasso.outstanding").baseUnit("rub")
                .description("Outstanding principal of open cases, by stage").register(registry);
        openCasesByStage = MultiGauge.builder("inkasso.open.cases").description("Open cases by stage").register(registry);
        casesByStatus = MultiGauge.builder("inkasso.cases").description("Cases by status").register(registry);
        lettersByStatus = MultiGauge.builder("inkasso.letters").description("Outbox letters by status (QUEUED = PENDING)")
                .register(registry);
        engineFigures = MultiGauge.builder("inkasso.engine").description("Engine figures: open tasks, incidents, failed jobs, "
                + "jobs executed and failed since the engine's metrics began").register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${inkasso.metrics.refresh:PT30S}", initialDelayString = "${inkasso.metrics.refresh:PT30S}")
    void refresh() {
        List<java.util.Map<String, Object>> stages = jdbc.queryForList("""
                select c.stage, count(*) as cases,
                       coalesce(sum(greatest(i.amount - coalesce(p.paid, 0) - coalesce(w.written_off, 0), 0)), 0) as outstanding
                  from inkasso.debt_case c
                  join inkasso.invoice i on i.id = c.invoice_id
                  left join (select case_id, sum(amount) as paid from inkasso.payment group by case_id) p on p.case_id = c.id
                  left join (select case_id, sum(amount) as written_off from inkasso.write_off group by case_id) w on w.case_id = c.id
                 where c.status = 'OPEN'
                 group by c.stage""");
        outstandingByStage.register(stages.stream().map(row -> MultiGauge.Row.of(Tags.of("stage", (String) row.get("stage")),
                ((Number) row.get("outstanding")).doubleValue())).toList(), true);
        openCasesByStage.register(stages.stream().map(row -> MultiGauge.Row.of(Tags.of("stage", (String) row.get("stage")),
                ((Number) row.get("cases")).doubleValue())).toList(), true);
        casesByStatus.register(counts("select status, count(*) from inkasso.debt_case group by status", "status"), true);
        lettersByStatus.register(counts("select status, count(*) from inkasso.outbox_message group by status", "status"), true);
        List<MultiGauge.Row<?>> figures = new java.util.ArrayList<>(List.of(
                row("open_tasks", tasks.createTaskQuery().count()),
                row("incidents", runtime.createIncidentQuery().count()),
                row("failed_jobs", management.createJobQuery().withException().count())));
        if (engineMetricsEnabled) { // the engine's own counters exist only where its metrics are on (production)
            figures.add(row("jobs_executed", management.createMetricsQuery().name(Metrics.JOB_SUCCESSFUL).sum()));
            figures.add(row("jobs_failed", management.createMetricsQuery().name(Metrics.JOB_FAILED).sum()));
        }
        engineFigures.register(figures, true);
    }

    private List<MultiGauge.Row<?>> counts(String sql, String tag) {
        return jdbc.query(sql, (rs, n) -> MultiGauge.Row.of(Tags.of(tag, rs.getString(1)), rs.getLong(2)));
    }

    private static MultiGauge.Row<?> row(String figure, long value) {
        return MultiGauge.Row.of(Tags.of("figure", figure), value);
    }
}
