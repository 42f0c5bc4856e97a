package dev.inkasso.bench;

import dev.inkasso.invoice.InvoiceCsv;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessCoverageCollector;
import dev.inkasso.workflow.DebtCaseProcess;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;

/**
 * The book at a real company's scale against the bare engine, measured in the same JVM on the same database (so the
 * ratios hold on any machine). {@code bench.scale} cases (100 000; {@code bench/run --quick}: 10 000):
 * <ol>
 *   <li>baseline: the bare engine starting a minimal one-timer process through {@code RuntimeService} (one
 *       transaction each, as intake), and draining {@code scale} due no-op timers among as many future ones;</li>
 *   <li>intake: invoices per second by CSV import (batches of 1 000) and by single {@code POST /api/invoices}, each
 *       until its case waits at its first timer (the job executor runs the asynchronous start);</li>
 *   <li>payments: {@code POST /api/payments} per second to waiting cases, one payment a request, and as bank
 *       statements of 1 000 ({@code POST /api/payments/import}, as the CSV's batches);</li>
 *   <li>steady state: the JIT of a fresh JVM on 2 cores is still compiling these paths minutes into the run (its
 *       compiler threads took a third of the JVM's CPU while payments were timed after 2 500 warm-up calls), and it has
 *       more of the product's code to compile than of the bare engine's. So the bare start, the CSV import, single
 *       POSTs and payments also run in cycles of {@code bench.sample} items each, back to back: {@code bench.cycles.warm}
 *       (3) cycles untimed, then {@code bench.cycles} (3) timed; each target's ratio is the median over the timed
 *       cycles of the ratio within a cycle, where both sides ran under the same JIT a few seconds apart;</li>
 *   <li>footprint: heap after GC, RSS, and database bytes per case (domain + engine runtime + history).</li>
 * </ol>
 * The job executor runs as in production. Prints {@code BENCH scale:} lines; it measures, it does not assert.
 * {@code -Dbench.profile=DIR} ({@code BENCH_PROFILE=DIR bash bench/run}) profiles the bare drain, the wave and the
 * last cycle's phases ({@link PhaseProfile}): a flame graph each, and the JVM's CPU by thread in the output.
 */
@Tag("benchmark")
// production's job executor and outbox poller; the contact policy's hours are off, so the wave sends at any hour
@TestPropertySource(properties = {"camunda.bpm.job-execution.enabled=true", "inkasso.outbox.polling=true",
        "inkasso.contact-policy.enforce-hours-and-caps=false", ProcessCoverageCollector.OFF})
class ScaleBenchmark extends ApiTest {
    private static final int SCALE = Integer.getInteger("bench.scale", 100_000);
    /**
     * Each steady-state cycle's size per kind: those rates do not depend on the book's size. {@code bench.sample} (at
     * most the book: payments go to its cases) makes a small book's cycles longer and their rates less noisy.
     */
    private static final int SAMPLE = Integer.getInteger("bench.sample", Math.min(SCALE / 10, 5_000));
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final int WARM_CYCLES = Integer.getInteger("bench.cycles.warm", 3);
    private static final int TIMED_CYCLES = Integer.getInteger("bench.cycles", 3);
    /** Payments per bank statement in the statements' row. */
    private static final int STATEMENT_SIZE = Integer.getInteger("bench.statement.size", 1000);
    private static final String BASELINE = "bench-baseline";
    private static final DiscardSmtpServer SINK = new DiscardSmtpServer();

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
    @Autowired
    JavaMailSenderImpl mailSender;

    private final List<String> rows = new ArrayList<>();

    @Test
    void theBookAgainstTheBareEngine() throws Exception {
        line("machine: %d cores, %d MB max heap, Java %s, %s", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
                jdbc.queryForObject("select version()", String.class).split(",")[0]);
        // bench.only=intake: the bare start rate and the intake (for profiling and quick before/after rows);
        // bench.only=wave: the baseline and the wave
        String only = System.getProperty("bench.only", "");
        // the outbox's connections go to the discarding sink instead of the tests' GreenMail (see DiscardSmtpServer)
        mailSender.setPort(SINK.port());
        Rate bareStart = bareStartRate();
        Drain bareDrain = only.equals("intake") ? new Drain(Double.NaN, Double.NaN, Double.NaN) : bareDrainRate();
        line("%-44s %10.1f /s  CPU %.2f ms each", "bare engine: starts of a one-timer process", bareStart.perSecond(),
                bareStart.cpu());
        line("%-44s %10.1f /s  CPU %.2f ms each, machine %.0f %% busy", "bare engine: due timers drained", bareDrain.rate(),
                bareDrain.cpu(), bareDrain.busy());
        footprint("baseline only");

        if (!only.equals("wave")) {
            resetStatements();
            Rate book = csvIntake("SC", SCALE);
            footprint("after CSV intake of " + SCALE);
            topStatements("CSV intake of " + SCALE, SCALE);
            line("%-44s %10.1f /s  %.2fx bare start over the book, both from a cold JIT; CPU %.2f ms each = %.1fx a bare start's",
                    "intake: the book by CSV, batches of 1 000", book.perSecond(), book.perSecond() / bareStart.perSecond(), book.cpu(),
                    book.cpu() / bareStart.cpu());
            steadyState();
            // the cycles' cases, payments and bare instances are not the wave's: its footprint counts from here
            footprint("after the cycles");
        }
        if (!only.equals("intake")) {
            dailyWave(bareStart.perSecond(), bareDrain);
        }
        Files.writeString(Path.of("target", "bench-scale.txt"), String.join("\n", rows) + "\n");
    }

    /** One process per transaction, as an intake would start it: start -> timer (a year ahead) -> end. */
    private Rate bareStartRate() throws InterruptedException {
        BpmnModelInstance model = Bpmn.createExecutableProcess(BASELINE).camundaHistoryTimeToLive(1)
                .startEvent().intermediateCatchEvent("Timer_Wait").timerWithDate("${due}").endEvent().done();
        repository.createDeployment().name(BASELINE).addModelInstance(BASELINE + ".bpmn", model).deploy();
        return bareStarts(SCALE);
    }

    /** {@code count} starts of the baseline process, each waiting a year at its timer: their rate and CPU. */
    private Rate bareStarts(int count) throws InterruptedException {
        String future = LocalDate.now().plusYears(1) + "T00:00:00";
        CpuCost cpu = new CpuCost();
        double rate = parallel(count, i -> runtime.startProcessInstanceByKey(BASELINE, Map.of("due", future)), () -> true);
        return new Rate(rate, cpu, count);
    }

    /** {@code scale} due timers among the {@code scale} future ones just started, released at once. */
    private Drain bareDrainRate() throws InterruptedException {
        String timerDefinition = management.createJobDefinitionQuery().processDefinitionKey(BASELINE).singleResult().getId();
        management.suspendJobDefinitionById(timerDefinition, false);
        String past = LocalDate.now().minusDays(1) + "T00:00:00";
        parallel(SCALE, i -> runtime.startProcessInstanceByKey(BASELINE, Map.of("due", past)), () -> true);
        // as Inkasso's imports do (BookStatistics): the planner sees the timers just started, not autovacuum's last look
        jdbc.execute("analyze public.act_ru_job");
        long start = System.nanoTime();
        CpuCost cpu = new CpuCost();
        try (PhaseProfile profiled = PhaseProfile.of("bare-drain")) {
            management.activateJobDefinitionById(timerDefinition, true);
            waitUntil(() -> noJobLeft("select 1 from act_ru_job where process_def_key_ = ? and duedate_ < now()", BASELINE));
        }
        return Drain.of(SCALE, seconds(start), cpu.perItemSinceLast(SCALE));
    }

    /**
     * A drain's rate, the machine's CPU per item (this JVM and PostgreSQL) and how busy that kept the machine's cores:
     * below 100 % the drain waited for something other than the processors.
     */
    record Drain(double rate, double cpu, double busy) {
        static Drain of(int items, double seconds, double cpuPerItem) {
            return new Drain(items / seconds, cpuPerItem, 100 * cpuPerItem * items / 1000 / seconds
                    / Runtime.getRuntime().availableProcessors());
        }
    }

    /** {@code count} (a multiple of 1 000) new invoices numbered {@code prefix…} by CSV, until each case waits. */
    private Rate csvIntake(String prefix, int count) throws InterruptedException {
        List<String> bodies = csvBatches(prefix, count, i -> LocalDate.now().plusDays(25));
        CpuCost cpu = new CpuCost();
        long start = System.nanoTime();
        importAll(bodies, this::noAsyncStartsLeft);
        return new Rate(count / seconds(start), cpu, count);
    }

    /** A rate and the machine's CPU per item behind it. */
    /** Items per second, and the machine's CPU per item (this JVM and PostgreSQL), of it PostgreSQL's {@code dbCpu}. */
    record Rate(double perSecond, double cpu, double dbCpu) {
        Rate(double perSecond, CpuCost cost, int items) {
            this(perSecond, cost.perItemSinceLast(items), cost.databasePerItem());
        }
    }

    /** One steady-state cycle: each kind measured back to back, so a ratio within it compares like with like. */
    record Cycle(Rate bareStart, Rate csv, Rate single, Rate payment, Rate statement, Rate httpFloor, double jitSeconds) {
        double csvRatio() {
            return csv.perSecond() / bareStart.perSecond();
        }

        double singleRatio() {
            return single.perSecond() / bareStart.perSecond();
        }

        double paymentRatio() {
            return payment.perSecond() / csv.perSecond();
        }

        /** The "intake" read as the like-for-like single POST of an invoice; the CSV ratio stays the target. */
        double paymentToSingleRatio() {
            return payment.perSecond() / single.perSecond();
        }

        double statementRatio() {
            return statement.perSecond() / csv.perSecond();
        }
    }

    /**
     * The steady state (see the class comment): warm cycles untimed, then timed ones; prints every cycle and the
     * medians. With {@code -Dbench.statements=true} the last cycle prints each kind's statements, with
     * {@code -Dbench.profile=DIR} it writes each kind's CPU profile there.
     */
    private void steadyState() throws InterruptedException {
        List<Cycle> timed = new ArrayList<>();
        for (int n = 0; n < WARM_CYCLES + TIMED_CYCLES; n++) {
            boolean warm = n < WARM_CYCLES;
            Cycle cycle = cycle(n, n == WARM_CYCLES + TIMED_CYCLES - 1);
            if (!warm) {
                timed.add(cycle);
            }
            line("cycle %d (%s, %d of each; CPU each, of it PostgreSQL's): bare start %.1f /s (%.2f, %.2f ms), CSV %.1f /s "
                            + "(%.2f, %.2f ms), single POST %.1f /s (%.2f, %.2f ms), payment %.1f /s (%.2f, %.2f ms), by statement "
                            + "%.1f /s (%.2f ms), HTTP floor %.1f /s (%.2f ms); JIT compiling %.0f s", n + 1,
                    warm ? "warm-up" : "timed", SAMPLE, cycle.bareStart().perSecond(), cycle.bareStart().cpu(),
                    cycle.bareStart().dbCpu(), cycle.csv().perSecond(), cycle.csv().cpu(), cycle.csv().dbCpu(),
                    cycle.single().perSecond(), cycle.single().cpu(), cycle.single().dbCpu(),
                    cycle.payment().perSecond(), cycle.payment().cpu(), cycle.payment().dbCpu(),
                    cycle.statement().perSecond(), cycle.statement().cpu(),
                    cycle.httpFloor().perSecond(), cycle.httpFloor().cpu(), cycle.jitSeconds());
        }
        if (timed.isEmpty()) {
            return;
        }
        String steady = "steady state, median of " + timed.size();
        line("%-44s %10.1f /s  CPU %.2f ms each", "bare engine: starts, " + steady, median(timed, c -> c.bareStart().perSecond()),
                median(timed, c -> c.bareStart().cpu()));
        line("%-44s %10.1f /s  %.2fx bare start (target >= 1.0); CPU %.2f ms each", "intake: CSV import, " + steady,
                median(timed, c -> c.csv().perSecond()), median(timed, Cycle::csvRatio), median(timed, c -> c.csv().cpu()));
        line("%-44s %10.1f /s  %.2fx bare start (target >= 0.5); CPU %.2f ms each", "intake: single POST, " + steady,
                median(timed, c -> c.single().perSecond()), median(timed, Cycle::singleRatio), median(timed, c -> c.single().cpu()));
        line("%-44s %10.1f /s  %.2fx CSV intake (target >= 0.5), %.2fx single-POST intake; CPU %.2f ms each",
                "payments: POST, " + steady, median(timed, c -> c.payment().perSecond()), median(timed, Cycle::paymentRatio),
                median(timed, Cycle::paymentToSingleRatio), median(timed, c -> c.payment().cpu()));
        line("%-44s %10.1f /s  %.2fx CSV intake (target >= 0.5); CPU %.2f ms each", "payments: statements of 1 000, " + steady,
                median(timed, c -> c.statement().perSecond()), median(timed, Cycle::statementRatio),
                median(timed, c -> c.statement().cpu()));
        line("%-44s %10.1f /s  CPU %.2f ms each (the benchmark's client runs in this JVM: part of every single POST's CPU)",
                "HTTP floor: GET liveness, " + steady, median(timed, c -> c.httpFloor().perSecond()),
                median(timed, c -> c.httpFloor().cpu()));
        for (String requests : List.of("invoices", "payments")) {
            var groups = meters.find("inkasso.group.commit.size").tag("requests", requests).summary();
            var rewritten = meters.find("inkasso.group.commit.rewritten").tag("requests", requests).counter();
            if (groups != null && rewritten != null) {
                line("%-44s %d groups of %.1f on average, %.0f single POSTs in all (written again one by one: %.0f groups)",
                        "group commit of single " + requests + ", whole run", groups.count(), groups.mean(),
                        groups.totalAmount(), rewritten.count());
            }
        }
    }

    private Cycle cycle(int n, boolean last) throws InterruptedException {
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        Rate bareStart = bareStarts(SAMPLE);
        int batched = Math.max(1, SAMPLE / 1000) * 1000;
        Rate csv = lastCycleTraced(last, "csv-import", "a cycle's CSV import", batched, () -> csvIntake("CY" + n, batched));
        Rate single = lastCycleTraced(last, "single-post", SAMPLE + " single POSTs", SAMPLE, () -> singlePostRate("SP" + n));
        Rate payment = lastCycleTraced(last, "single-payment", "a cycle's payments", SAMPLE, () -> paymentRate(n));
        Rate statement = lastCycleTraced(last, "statement", "a cycle's payments by statement", SAMPLE, () -> statementRate(n));
        Rate httpFloor = httpFloorRate();
        return new Cycle(bareStart, csv, single, payment, statement, httpFloor,
                (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit) / 1000.0);
    }

    interface Phase {
        Rate run() throws InterruptedException;
    }

    /**
     * Runs a phase of a cycle; in the last cycle (the warmest) also with its statements ({@code -Dbench.statements=true})
     * and its profile ({@code -Dbench.profile=DIR}, {@link PhaseProfile}) when asked.
     */
    private Rate lastCycleTraced(boolean last, String profile, String during, int items, Phase phase) throws InterruptedException {
        if (last) {
            resetStatements();
        }
        Rate rate;
        try (PhaseProfile profiled = PhaseProfile.of(last ? profile : null)) {
            rate = phase.run();
        }
        if (last) {
            topStatements(during, items);
        }
        return rate;
    }

    private static double median(List<Cycle> cycles, java.util.function.ToDoubleFunction<Cycle> figure) {
        double[] values = cycles.stream().mapToDouble(figure).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /** Batches of 1 000 invoices numbered {@code prefix…}, each of a new debtor, due on {@code dueDate(i)}. */
    private static List<String> csvBatches(String prefix, int count, java.util.function.IntFunction<LocalDate> dueDate) {
        String header = String.join(";", InvoiceCsv.COLUMNS) + "\n";
        List<String> bodies = new ArrayList<>();
        for (int b = 0; b < count / 1000; b++) {
            StringBuilder csv = new StringBuilder(header);
            for (int i = 0; i < 1000; i++) {
                csv.append(Fixtures.invoiceNumber(prefix)).append(";ORGANIZATION;ООО «Масштаб ").append(prefix).append(b).append('-')
                        .append(i).append("»;").append(Fixtures.organisationInn()).append(";;").append(prefix.toLowerCase(Locale.ROOT))
                        .append(b).append('-').append(i).append("@example.ru;;г. Москва;Europe/Moscow;1000.00;")
                        .append(LocalDate.now().minusDays(5)).append(';').append(dueDate.apply(b * 1000 + i)).append(";;;\n");
            }
            bodies.add(csv.toString());
        }
        return bodies;
    }

    private void importAll(List<String> bodies, BooleanSupplier settled) throws InterruptedException {
        parallel(bodies.size(), b -> {
            var answer = postCsv(FEED, bodies.get(b));
            if (!answer.getStatusCode().is2xxSuccessful()) {
                throw new IllegalStateException("import refused: " + answer.getBody());
            }
        }, settled);
    }

    /**
     * The daily wave: {@code scale} cases whose pre-due reminders are due at once, among {@code scale} whose are not.
     * The debt-case jobs are suspended while they are imported, so intake only writes the cases and their processes'
     * first (asynchronous) step; activating the jobs releases everything intake deferred at one instant. Timed until
     * the last reminder, with its payment QR code, is at the SMTP server (a discarding sink, {@link DiscardSmtpServer}).
     */
    private void dailyWave(double bareStart, Drain bareDrain) throws InterruptedException, IOException {
        // due in two days: the pre-due reminder (three days before) is due when the case is planned
        List<String> bodies = csvBatches("WV", 2 * SCALE, i -> LocalDate.now().plusDays(i % 2 == 0 ? 2 : 25));
        int mailedBefore = SINK.received();
        management.suspendJobDefinitionByProcessDefinitionKey(DebtCaseProcess.KEY, true);
        long intakeStart = System.nanoTime();
        importAll(bodies, () -> true);
        double deferredIntake = 2 * SCALE / seconds(intakeStart);
        resetStatements();
        long start = System.nanoTime();
        CpuCost cpu = new CpuCost();
        try (PhaseProfile profiled = PhaseProfile.of("wave")) {
            management.activateJobDefinitionByProcessDefinitionKey(DebtCaseProcess.KEY, true);
            waitUntil(() -> SINK.received() - mailedBefore >= SCALE);
        }
        double took = seconds(start);
        Drain wave = Drain.of(SCALE, took, cpu.perItemSinceLast(SCALE));
        // the last letters' sent marks commit a moment after the sink's 250
        waitUntil(() -> noAsyncStartsLeft() && sentWaveLetters() >= SCALE);
        topStatements("the wave of " + SCALE, SCALE);
        footprint("after the wave's " + 2 * SCALE);
        int mailed = SINK.received() - mailedBefore;
        Long outOfOrder = jdbc.queryForObject("""
                select count(*) from (select m.sent_at, lag(m.sent_at) over (order by m.next_attempt_at, m.id) previous
                  from inkasso.outbox_message m join inkasso.debt_case c on c.id = m.case_id
                  join inkasso.invoice i on i.id = c.invoice_id where i.number like 'WV%') s where sent_at < previous""", Long.class);
        line("%-44s %10.1f /s  %.2fx bare start (cases and their first step; the rest waits for the wave)",
                "intake: CSV import with the jobs suspended", deferredIntake, deferredIntake / bareStart);
        line("%-44s %10.1f /s  %.2fx bare timer drain (target >= 1.0), %.0f s for %d letters (target <= 600 s at 100 000); "
                + "%d at the SMTP server, %d sent before a letter due earlier", "daily wave: due reminders to the SMTP server",
                wave.rate(), wave.rate() / bareDrain.rate(), took, SCALE, mailed, outOfOrder);
        line("%-44s CPU %.2f ms per letter = %.1fx a bare timer's, machine %.0f %% busy", "daily wave: the machine's work",
                wave.cpu(), wave.cpu() / bareDrain.cpu(), wave.busy());
    }

    /** With {@code -Dbench.statements=true}: PostgreSQL counts each statement's calls and time from here on. */
    private void resetStatements() {
        if (Boolean.getBoolean("bench.statements")) {
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements that took the database's time since {@link #resetStatements()}: calls per item and share. */
    private void topStatements(String during, int items) {
        if (!Boolean.getBoolean("bench.statements")) {
            return;
        }
        jdbc.query("select sum(calls), sum(total_exec_time) from pg_stat_statements", (java.sql.ResultSet r) -> {
            line("statements during %s: %6.1f calls/item, %6.2f ms/item of the database's time", during,
                    r.getDouble(1) / items, r.getDouble(2) / items);
        });
        jdbc.query("""
                select calls, total_exec_time, 100 * total_exec_time / sum(total_exec_time) over () share, query
                  from pg_stat_statements order by total_exec_time desc limit 40""", (java.sql.ResultSet r) -> {
            String sql = r.getString(4).replaceAll("\\s+", " ");
            if (Boolean.getBoolean("bench.statements.full")) {
                System.out.println("BENCH statement: " + sql);
            }
            line("statements during %s: %5.1f %% %6.2f calls/item %8.3f ms/call  %s", during, r.getDouble(3),
                    r.getDouble(1) / items, r.getDouble(2) / r.getDouble(1), sql.substring(0, Math.min(160, sql.length())));
        });
    }

    private long sentWaveLetters() {
        return jdbc.queryForObject("""
                select count(*) from inkasso.outbox_message m join inkasso.debt_case c on c.id = m.case_id
                  join inkasso.invoice i on i.id = c.invoice_id
                 where i.number like 'WV%' and m.kind = 'PRE_DUE_REMINDER' and m.status = 'SENT'""", Long.class);
    }

    /** {@link #SAMPLE} single POSTs of new invoices numbered {@code prefix-…}, per second until each case waits. */
    private Rate singlePostRate(String prefix) throws InterruptedException {
        CpuCost cpu = new CpuCost();
        long start = System.nanoTime();
        KeptAliveClient client = new KeptAliveClient(http.getRootUri(), PASSWORD);
        parallel(SAMPLE, i -> client.postJson(FEED, "/api/invoices", Map.of("number", prefix + "-" + i + "-" + System.nanoTime(), "amount", "1000.00",
                "issueDate", LocalDate.now().minusDays(5).toString(), "dueDate", LocalDate.now().plusDays(25).toString(),
                "debtor", Map.of("type", "ORGANIZATION", "name", "ООО «Штучный " + i + "»", "inn", Fixtures.organisationInn(),
                        "email", "single" + i + "@example.ru"))),
                this::noAsyncStartsLeft);
        return new Rate(SAMPLE / seconds(start), cpu, SAMPLE);
    }

    /**
     * {@link #SAMPLE} calls of the liveness probe through the same client and threads: what HTTP alone costs both ends of
     * the connection here (client, Tomcat, the security filters with their cached Basic check, JSON), which a bare start
     * does not pay.
     */
    private Rate httpFloorRate() throws InterruptedException {
        CpuCost cpu = new CpuCost();
        long start = System.nanoTime();
        KeptAliveClient client = new KeptAliveClient(http.getRootUri(), PASSWORD);
        parallel(SAMPLE, i -> client.get(FEED, "/actuator/health/liveness"), () -> true);
        return new Rate(SAMPLE / seconds(start), cpu, SAMPLE);
    }

    /**
     * Cycle {@code n}'s partial payments (10 of each case's 1 000: a case stays open however many cycles run), one to each
     * of {@link #SAMPLE} waiting cases of the book, the cycles walking through it.
     */
    private Rate paymentRate(int n) throws InterruptedException {
        List<String> numbers = paidInCycle(n);
        CpuCost cpu = new CpuCost();
        long start = System.nanoTime();
        KeptAliveClient client = new KeptAliveClient(http.getRootUri(), PASSWORD);
        parallel(numbers.size(), i -> client.postJson(FEED, "/api/payments", payment("PAY-" + n + "-", numbers.get(i))),
                this::noAsyncStartsLeft);
        return new Rate(numbers.size() / seconds(start), cpu, numbers.size());
    }

    /** Another 10 to each of cycle {@code n}'s cases, as bank statements of (at most) 1 000 posted as the CSV's batches. */
    private Rate statementRate(int n) throws InterruptedException {
        List<String> numbers = paidInCycle(n);
        int size = Math.min(STATEMENT_SIZE, numbers.size());
        List<List<Map<String, String>>> statements = new ArrayList<>();
        for (int from = 0; from < numbers.size(); from += size) {
            statements.add(numbers.subList(from, Math.min(numbers.size(), from + size)).stream()
                    .map(number -> payment("STM-" + n + "-", number)).toList());
        }
        CpuCost cpu = new CpuCost();
        long start = System.nanoTime();
        KeptAliveClient client = new KeptAliveClient(http.getRootUri(), PASSWORD);
        parallel(statements.size(), s -> client.postJson(FEED, "/api/payments/import", statements.get(s)), this::noAsyncStartsLeft);
        return new Rate(numbers.size() / seconds(start), cpu, numbers.size());
    }

    /** The {@link #SAMPLE} cases of the book cycle {@code n} pays, the cycles walking through it. */
    private List<String> paidInCycle(int n) {
        int from = (int) ((long) n * SAMPLE % (SCALE - SAMPLE + 1));
        return jdbc.queryForList("select number from inkasso.invoice where number like 'SC%' order by id limit ? offset ?",
                String.class, SAMPLE, from);
    }

    private static Map<String, String> payment(String idPrefix, String invoiceNumber) {
        return Map.of("paymentId", idPrefix + invoiceNumber, "invoiceNumber", invoiceNumber, "amount", "10.00",
                "paidAt", LocalDate.now().toString(), "method", "BANK_TRANSFER");
    }

    private boolean noAsyncStartsLeft() {
        return noJobLeft("select 1 from act_ru_job where process_def_key_ = ? and type_ = 'message'", DebtCaseProcess.KEY);
    }

    /**
     * Whether the engine's jobs table holds no row of {@code query}, polled every 200 ms while a phase settles. Asked
     * as {@code not exists}: the job query's {@code count(distinct …)} of every matching job took 20 ms a poll at 10 000
     * cases (7 % of the database's time during intake), work of the benchmark's, not of what it measures.
     */
    private boolean noJobLeft(String query, String processKey) {
        return !jdbc.queryForObject("select exists (" + query + ")", Boolean.class, processKey);
    }

    private long[] before = {0, 0, 0, 0};

    /** Heap, RSS and the bytes each case added since the last footprint (the baseline's instances do not count). */
    private void footprint(String when) throws IOException {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
        long cases = jdbc.queryForObject("select count(*) from inkasso.debt_case", Long.class);
        long domain = jdbc.queryForObject("""
                select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'inkasso' and c.relkind = 'r'""", Long.class);
        long runtimeBytes = engineBytes("act_ru_%");
        long history = engineBytes("act_hi_%");
        long added = cases - before[0];
        line("footprint %-28s heap after GC %5d MB, %s, cases %7d, bytes per added case: domain %6.0f, engine runtime %6.0f, "
                + "history %6.0f", when, heap >> 20, rss, cases, perCase(domain - before[1], added),
                perCase(runtimeBytes - before[2], added), perCase(history - before[3], added));
        before = new long[] {cases, domain, runtimeBytes, history};
        Map<String, Long> tables = new java.util.HashMap<>();
        jdbc.query("""
                select c.relname, pg_total_relation_size(c.oid) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname in ('public', 'inkasso') and c.relkind = 'r'""", (java.sql.ResultSet r) -> {
            tables.put(r.getString(1), r.getLong(2));
        });
        if (added > 0) {
            line("footprint %-28s largest growth, bytes per added case (rows and indexes): %s", when, tables.entrySet().stream()
                    .map(t -> Map.entry(t.getKey(), t.getValue() - tableBytes.getOrDefault(t.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                    .map(t -> t.getKey() + " " + Math.round(perCase(t.getValue(), added))).collect(java.util.stream.Collectors.joining(", ")));
        }
        tableBytes = tables;
    }

    private Map<String, Long> tableBytes = Map.of();

    private long engineBytes(String pattern) {
        return jdbc.queryForObject("""
                select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind = 'r' and c.relname like ?""", Long.class, pattern);
    }

    private static double perCase(long bytes, long cases) {
        return cases == 0 ? 0 : (double) bytes / cases;
    }

    interface Step {
        void run(int i) throws Exception;
    }

    /** Runs {@code count} steps on {@link #CLIENTS} threads, then waits until {@code settled}; returns steps per second. */
    private double parallel(int count, Step step, BooleanSupplier settled) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        for (int t = 0; t < CLIENTS; t++) {
            pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < count && failures.isEmpty(); ) {
                    try {
                        step.run(i);
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(3, TimeUnit.HOURS);
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.get(0));
        }
        waitUntil(settled);
        return count / seconds(start);
    }

    private static void waitUntil(BooleanSupplier done) throws InterruptedException {
        while (!done.getAsBoolean()) {
            Thread.sleep(200); // a benchmark waits for the job executor; tests never sleep
        }
    }

    /**
     * CPU time spent by this JVM and by PostgreSQL's processes (the machine's whole work for the benchmark, both
     * sides of every statement), which a busy neighbour on a shared machine changes far less than a rate: the
     * steadier figure for a before/after row.
     */
    static final class CpuCost {
        private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux
        private double lastJvm = jvmSeconds();
        private double lastDatabase = postgresSeconds();
        private double databasePerItem = Double.NaN;

        /** Milliseconds of CPU per item since the last call. */
        double perItemSinceLast(int items) {
            double jvm = jvmSeconds();
            double database = postgresSeconds();
            double perItem = (jvm - lastJvm + database - lastDatabase) * 1000 / items;
            databasePerItem = (database - lastDatabase) * 1000 / items;
            lastJvm = jvm;
            lastDatabase = database;
            return perItem;
        }

        /** Of the last {@link #perItemSinceLast}, PostgreSQL's milliseconds per item. */
        double databasePerItem() {
            return databasePerItem;
        }

        private static double jvmSeconds() {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return os.getProcessCpuTime() / 1e9;
        }

        /** User and system time of every process named postgres, with what its ended children used. */
        private static double postgresSeconds() {
            double ticks = 0;
            try (var processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path process : processes) {
                    String stat;
                    try {
                        stat = Files.readString(process.resolve("stat"));
                    } catch (IOException gone) {
                        continue;
                    }
                    int close = stat.lastIndexOf(')');
                    if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                        continue;
                    }
                    String[] fields = stat.substring(close + 2).split(" ");
                    // after the name: state(0) … utime(11) stime(12) cutime(13) cstime(14)
                    for (int f = 11; f <= 14; f++) {
                        ticks += Long.parseLong(fields[f]);
                    }
                }
            } catch (IOException e) {
                return 0;
            }
            return ticks / TICKS_PER_SECOND;
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        rows.add(text);
        System.out.println("BENCH scale: " + text);
    }
}
