package dev.inkasso.bench;

import dev.inkasso.support.ApiTest;
import dev.inkasso.support.WebSession;
import dev.inkasso.workflow.DebtCaseProcess.Groups;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The people's screens on a large book: {@code bench.cases} (default 100 000) cases written set-based into the domain
 * tables (two years of invoices, 40 % paid in part or in full, stage history, strategies), then p50/p95 of the case
 * list (first page; by stage; by debtor; by aging bucket) as pages and through {@code /api/cases}, the case card and
 * {@code GET /api/cases/{id}}, the dashboard (its default view as production
 * serves it, computed in the background; another period, its DSO and CEI computed on request) and a breakdown of the dashboard's
 * figures, and Tasklist's query with {@code bench.tasks} (a fifth of the cases) open officer tasks. Targets: lists, the card
 * and Tasklist under 50 ms at p95, the dashboard under 1 s. Run with {@code bash bench/run}; it measures, it does not assert.
 */
@Tag("benchmark")
@org.springframework.test.context.TestPropertySource(properties = {"inkasso.dashboard.max-age=PT2M",
        dev.inkasso.support.ProcessCoverageCollector.OFF})
class ReadingBenchmark extends ApiTest {
    private static final int CASES = Integer.getInteger("bench.cases", 100_000);
    private static final int REPEATS = 20;
    private static final int WARM_UP_CALLS = Integer.getInteger("bench.warmup", 50);
    /** Open officer tasks in Tasklist: one in five cases. */
    private static final int TASKS = Integer.getInteger("bench.tasks", CASES / 5);
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsCardAndDashboardOnALargeBook() {
        long seedStart = System.nanoTime();
        seed();
        System.out.printf("BENCH reading: seeded %d cases in %.1f s%n", CASES, (System.nanoTime() - seedStart) / 1e9);
        WebSession manager = WebSession.login(http.getRootUri(), MANAGER, PASSWORD);
        long someCase = jdbc.queryForObject("select max(id) from inkasso.debt_case", Long.class);
        String someInn = jdbc.queryForObject("select inn from inkasso.debtor order by id desc limit 1", String.class);
        report("case list, first page", 50, () -> manager.get("/cases"));
        report("case list, by stage", 50, () -> manager.get("/cases?stage=NEGOTIATION"));
        report("case list, by debtor INN", 50, () -> manager.get("/cases?debtor=" + someInn));
        report("case list, 31-60 days overdue", 50, () -> manager.get("/cases?bucket=31-60"));
        // the API rows issue #12 names: what other systems call
        report("API case list, first page", 50, () -> basic(MANAGER, "/api/cases"));
        report("API case list, by stage", 50, () -> basic(MANAGER, "/api/cases?stage=NEGOTIATION"));
        report("API case list, by debtor INN", 50, () -> basic(MANAGER, "/api/cases?debtorInn=" + someInn));
        report("API case", 50, () -> basic(MANAGER, "/api/cases/" + someCase));
        report("case card", 50, () -> manager.get("/cases/" + someCase));
        long tasksStart = System.nanoTime();
        openOfficerTasks();
        System.out.printf("BENCH reading: opened %d officer tasks in %.1f s%n", TASKS, (System.nanoTime() - tasksStart) / 1e9);
        // what autovacuum does within its minute: without it the planner still takes the task tables for the empty
        // ones seed() analyzed and joins each task with every candidate link (2 000 tasks: 0.5 s a page)
        jdbc.execute("analyze act_ru_task, act_ru_identitylink, act_ru_authorization");
        // Tasklist's list: the officers' group, the nearest due date first, the first page
        report("Tasklist query (" + TASKS + " open tasks)", 50, () -> basic(OFFICER,
                "/engine-rest/task?candidateGroup=" + Groups.COLLECTORS + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15"));
        report("Tasklist count", 50, () -> basic(OFFICER, "/engine-rest/task/count?candidateGroup=" + Groups.COLLECTORS));
        // the floor under both: an authenticated engine REST call that reads nothing
        report("engine REST floor (/version)", 50, () -> basic(OFFICER, "/engine-rest/version"));
        breakdown();
        // as in production: the default view computed in the background, served while younger than its max age
        book.refresh();
        report("dashboard page (default view)", 1000, () -> manager.get("/dashboard"));
        report("dashboard JSON (default view)", 1000, () -> basic(MANAGER, "/api/dashboard/book"));
        report("dashboard overview JSON (/api/dashboard)", 1000, () -> basic(MANAGER, "/api/dashboard"));
        // another period: DSO and CEI computed on request, the rest from the default view
        String period = "?from=" + java.time.LocalDate.now().minusDays(59) + "&to=" + java.time.LocalDate.now().minusDays(1);
        report("dashboard page, other period", 1000, () -> manager.get("/dashboard" + period));
    }

    @Autowired
    dev.inkasso.reporting.BookAnalytics analytics;
    @Autowired
    dev.inkasso.reporting.Dashboard dashboard;
    @Autowired
    dev.inkasso.casefile.LimitationWatch limitation;
    @Autowired
    dev.inkasso.reporting.BookReport book;

    /** Where the dashboard's time goes: each of its figures once, warm. */
    private void breakdown() {
        var all = dev.inkasso.reporting.BookScope.all();
        java.time.LocalDate today = java.time.LocalDate.now();
        java.util.Map<String, Runnable> parts = new java.util.LinkedHashMap<>();
        parts.put("aging today", () -> analytics.aging(all, List.of(today)));
        parts.put("aging, 8 weeks", () -> analytics.aging(all, java.util.stream.IntStream.range(0, 8)
                .mapToObj(w -> today.minusWeeks(w)).toList()));
        parts.put("DSO/CEI", () -> analytics.effectiveness(all, today.minusDays(29), today));
        parts.put("funnel", () -> analytics.funnel(all));
        parts.put("recovery by strategy", () -> analytics.recoveryByStrategy(all));
        parts.put("recovery by officer", () -> analytics.recoveryByOfficer(all));
        parts.put("days to cash", () -> analytics.daysToCash(all));
        parts.put("top debtors", () -> analytics.topDebtors(all, 10));
        parts.put("growing balances", () -> analytics.growingBalances(all, today));
        parts.put("repeated lateness", () -> analytics.repeatedLateness(all, today));
        parts.put("near limitation", limitation::expiringSoon);
        parts.put("overview (stages, flags)", dashboard::overview);
        parts.forEach((name, part) -> {
            part.run();
            long start = System.nanoTime();
            part.run();
            System.out.printf("BENCH reading: dashboard part %-26s %7.1f ms%n", name, (System.nanoTime() - start) / 1e6);
        });
    }

    /** A GET with HTTP Basic over one kept-alive connection, as other systems and Tasklist's REST calls make it. */
    private Object basic(String user, String path) {
        if (client == null) {
            client = new KeptAliveClient(http.getRootUri(), PASSWORD);
        }
        return client.get(user, path);
    }

    private KeptAliveClient client;

    private void report(String what, long targetMillis, Supplier<Object> call) {
        Object first = call.get();
        if (first instanceof HttpResponse<?> answer && answer.statusCode() != 200) {
            throw new IllegalStateException(what + ": HTTP " + answer.statusCode());
        }
        warmUp(call);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            call.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        double p50 = millis.get(REPEATS / 2);
        double p95 = millis.get((int) Math.ceil(REPEATS * 0.95) - 1);
        System.out.printf("BENCH reading: %-40s %6d cases  p50 %7.1f ms  p95 %7.1f ms  target %5d ms  p95/target %.2f%n",
                what, CASES, p50, p95, targetMillis, p95 / targetMillis);
    }

    /**
     * A server answers after hours of the same calls; a fresh test JVM compiles each path on its first few dozen (on
     * 2 cores the JIT competes with the request): {@code GET /api/cases/{id}} measured p50 44 / p95 68 ms after one
     * warm-up call and 11 / 14 ms after 600. Each row is warmed by {@link #WARM_UP_CALLS} calls or 3 s, whichever
     * ends first (the dashboard's other period takes seconds per call).
     */
    private static void warmUp(Supplier<Object> call) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(3);
        for (int i = 1; i < WARM_UP_CALLS && System.nanoTime() < until; i++) {
            call.get();
        }
    }

    @Autowired
    org.camunda.bpm.engine.RepositoryService repository;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    /**
     * {@link #TASKS} open tasks of the officers' group, due over the next 30 days, each from its own process instance
     * (as the engine writes them: task, candidate link, the candidates' authorization).
     */
    private void openOfficerTasks() {
        String key = "bench-officer-task";
        repository.createDeployment().name(key).addModelInstance(key + ".bpmn", org.camunda.bpm.model.bpmn.Bpmn
                .createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent().userTask("Task_Work")
                .camundaCandidateGroups(Groups.COLLECTORS).camundaDueDate("${due}").endEvent().done()).deploy();
        // one thread: the test run's process coverage collector is not thread-safe
        for (int i = 0; i < TASKS; i++) {
            runtime.startProcessInstanceByKey(key, java.util.Map.of("due",
                    java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofHours(i % 720)))));
        }
    }

    /** The book, set-based: one debtor per 4 cases, due dates over two years, every fifth case further along. */
    private void seed() {
        String tag = "RB" + System.nanoTime() % 1_000_000;
        jdbc.update("""
                insert into inkasso.debtor (type, name, inn, email, time_zone, created_at)
                select 'ORGANIZATION', 'ООО «Читатель ' || g || '»', lpad((7000000000 + g)::text, 10, '0'), 'r' || g || '@example.ru',
                       'Europe/Moscow', now()
                  from generate_series(1, ?) g
                on conflict (inn) do nothing""", CASES / 4);
        jdbc.update("""
                insert into inkasso.invoice (number, debtor_id, amount, currency, issue_date, due_date, created_at)
                select ? || '-' || g, d.id, (1000 + (g * 7919) % 500000)::numeric(19,2), 'RUB',
                       current_date - (g % 730) - 30, current_date - (g % 730), now()
                  from generate_series(1, ?) g
                  join inkasso.debtor d on d.inn = lpad((7000000000 + (g % ?) + 1)::text, 10, '0')""",
                tag, CASES, CASES / 4);
        jdbc.update("""
                insert into inkasso.debt_case (invoice_id, stage, status, opened_at, closed_at)
                select i.id,
                       case when i.id % 10 = 0 then 'CLOSED' else (array['OVERDUE','FRIENDLY_REMINDER','SECOND_NOTICE','NEGOTIATION',
                            'PROMISE_TO_PAY','PRE_TRIAL_CLAIM','COURT'])[1 + i.id % 7] end,
                       case when i.id % 10 = 0 then 'PAID' else 'OPEN' end,
                       i.issue_date::timestamptz, case when i.id % 10 = 0 then i.due_date::timestamptz + interval '20 days' end
                  from inkasso.invoice i where i.number like ? || '-%'""", tag);
        jdbc.update("""
                insert into inkasso.payment (external_id, case_id, amount, paid_at, method, received_at)
                select ? || '-P' || c.id, c.id, case when c.status = 'PAID' then i.amount else round(i.amount / 3, 2) end,
                       i.due_date::timestamptz + interval '20 days', 'BANK_TRANSFER', now()
                  from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id
                 where i.number like ? || '-%' and (c.status = 'PAID' or c.id % 10 in (1, 2, 3))""", tag, tag);
        jdbc.update("""
                insert into inkasso.case_stage_change (case_id, stage, entered_at)
                select c.id, s.stage, i.due_date::timestamptz + (s.n || ' days')::interval
                  from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id
                  cross join lateral (values (1, 'OVERDUE'), (8, 'SECOND_NOTICE'), (15, 'NEGOTIATION')) s(n, stage)
                 where i.number like ? || '-%' and c.id % 3 <> 0""", tag);
        jdbc.update("""
                insert into inkasso.interaction (case_id, occurred_at, channel, direction, kind, outcome, actor)
                select c.id, c.opened_at, 'SYSTEM', 'INTERNAL', 'STRATEGY', (array['SOFT','STANDARD','HARD'])[1 + c.id % 3], 'system'
                  from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id where i.number like ? || '-%'""", tag);
        jdbc.execute("analyze");
    }
}
