package dev.inkasso.metrics;

import dev.inkasso.reporting.StageTotals;
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
    private final StageTotals stageTotals;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final MultiGauge outstandingByStage;
    private final MultiGauge openCasesByStage;
    private final MultiGauge casesByStatus;
    private final MultiGauge lettersByStatus;
    private final MultiGauge engineFigures;

    private final boolean engineMetricsEnabled;

    BusinessMetrics(MeterRegistry registry, JdbcTemplate jdbc, StageTotals stageTotals, ProcessEngine engine,
                    @org.springframework.beans.factory.annotation.Value("${camunda.bpm.metrics.enabled:true}") boolean engineMetrics) {
        this.jdbc = jdbc;
        this.stageTotals = stageTotals;
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
        java.util.Map<String, double[]> stages = new java.util.TreeMap<>(); // stage → {open cases, outstanding}
        for (java.util.Map<String, Object> row : stageTotals.byStageAndStatus()) {
            if ("OPEN".equals(row.get("status"))) {
                double[] totals = stages.computeIfAbsent((String) row.get("stage"), stage -> new double[2]);
                totals[0] += ((Number) row.get("cases")).doubleValue();
                totals[1] += ((Number) row.get("outstanding")).doubleValue();
            }
        }
        outstandingByStage.register(stages.entrySet().stream()
                .map(e -> MultiGauge.Row.of(Tags.of("stage", e.getKey()), e.getValue()[1])).toList(), true);
        openCasesByStage.register(stages.entrySet().stream()
                .map(e -> MultiGauge.Row.of(Tags.of("stage", e.getKey()), e.getValue()[0])).toList(), true);
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
