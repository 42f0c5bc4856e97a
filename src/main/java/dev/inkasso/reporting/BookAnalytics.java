package dev.inkasso.reporting;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtcase.AgingBucket;
import dev.inkasso.debtcase.CaseStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit controller's figures, aggregated in the database. Definitions (also on the dashboard):
 * <ul>
 *   <li><b>receivable at day D</b>: an invoice issued by D, its case not closed before D, with
 *       amount − payments to D − write-offs to D &gt; 0 (payments and write-offs dated in the creditor's zone);</li>
 *   <li><b>aging</b>: receivables by days past due at D ({@link AgingBucket});</li>
 *   <li><b>DSO</b> for [from, to] = receivables at {@code to} ÷ invoiced in the period × days in the period;</li>
 *   <li><b>CEI</b> = (receivables at the start + invoiced − receivables at the end) ÷ (receivables at the start +
 *       invoiced − current (not yet due) receivables at the end) × 100 %;</li>
 *   <li><b>funnel</b>: cases that reached each stage (PRE_DUE: every case), their principal, how many of them ended
 *       PAID;</li>
 *   <li><b>recovery</b>: payments ÷ principal of the cases, by the strategy last chosen and by the officer who last
 *       completed a task of the case;</li>
 *   <li><b>days to cash</b>: for paid cases, days from entering the stage they were paid in to the payment that closed
 *       them.</li>
 * </ul>
 */
@Service
public class BookAnalytics {
    private static final List<CaseStage> FUNNEL = Arrays.stream(CaseStage.values()).filter(s -> s != CaseStage.CLOSED).toList();
    private final NamedParameterJdbcTemplate jdbc;
    private final CreditorProperties creditor;

    BookAnalytics(NamedParameterJdbcTemplate jdbc, CreditorProperties creditor) {
        this.jdbc = jdbc;
        this.creditor = creditor;
    }

    public record Amount(long cases, BigDecimal amount) {
    }

    public record Aging(LocalDate asOf, Map<AgingBucket, Amount> buckets) {
        public BigDecimal total() {
            return buckets.values().stream().map(Amount::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        public BigDecimal current() {
            return buckets.get(AgingBucket.NOT_DUE).amount();
        }
    }

    /** Receivables by aging bucket at each day asked, in one pass over the book. */
    @Transactional(readOnly = true)
    public List<Aging> aging(BookScope scope, List<LocalDate> days) {
        MapSqlParameterSource params = params(scope).addValue("days", days.stream().map(Date::valueOf).toArray(Date[]::new));
        String bucket = Arrays.stream(AgingBucket.values()).filter(b -> b != AgingBucket.OVER_180)
                .map(b -> "when r.overdue <= " + b.toDays() + " then '" + b.code() + "'")
                .collect(Collectors.joining(" ", "case ", " else '" + AgingBucket.OVER_180.code() + "' end"));
        Map<LocalDate, Map<AgingBucket, Amount>> byDay = new LinkedHashMap<>();
        days.forEach(d -> byDay.put(d, emptyBuckets()));
        jdbc.query(receivables(scope) + """
                select r.d,""" + " " + bucket + " as bucket, count(*) as cases, sum(r.remaining) as amount"
                + " from r where r.remaining > 0 group by 1, 2", params, rs -> {
            LocalDate d = rs.getDate("d").toLocalDate();
            byDay.get(d).put(AgingBucket.ofCode(rs.getString("bucket")).orElseThrow(),
                    new Amount(rs.getLong("cases"), rs.getBigDecimal("amount").setScale(2)));
        });
        return byDay.entrySet().stream().map(e -> new Aging(e.getKey(), e.getValue())).toList();
    }

    public record Effectiveness(LocalDate from, LocalDate to, BigDecimal invoiced, BigDecimal receivablesAtStart,
                                BigDecimal receivablesAtEnd, BigDecimal currentAtEnd, BigDecimal dso, BigDecimal cei) {
    }

    /** DSO (days, one decimal) and CEI (%, one decimal) for the period; null where the formula divides by zero. */
    @Transactional(readOnly = true)
    public Effectiveness effectiveness(BookScope scope, LocalDate from, LocalDate to) {
        List<Aging> ends = aging(scope, List.of(from.minusDays(1), to));
        BigDecimal start = ends.get(0).total();
        BigDecimal end = ends.get(1).total();
        BigDecimal current = ends.get(1).current();
        BigDecimal invoiced = jdbc.queryForObject("select coalesce(sum(i.amount), 0) from inkasso.invoice i"
                        + " where i.issue_date between :from and :to" + scope.on("i"),
                params(scope).addValue("from", Date.valueOf(from)).addValue("to", Date.valueOf(to)), BigDecimal.class).setScale(2);
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        BigDecimal dso = invoiced.signum() == 0 ? null
                : end.multiply(BigDecimal.valueOf(days)).divide(invoiced, 1, RoundingMode.HALF_UP);
        BigDecimal collectible = start.add(invoiced).subtract(current);
        BigDecimal cei = collectible.signum() == 0 ? null
                : start.add(invoiced).subtract(end).multiply(BigDecimal.valueOf(100)).divide(collectible, 1, RoundingMode.HALF_UP);
        return new Effectiveness(from, to, invoiced, start, end, current, dso, cei);
    }

    public record FunnelStep(CaseStage stage, long cases, BigDecimal principal, long paid, BigDecimal conversion) {
    }

    /** Cases and money that reached each stage, and the share of them that ended PAID. */
    @Transactional(readOnly = true)
    public List<FunnelStep> funnel(BookScope scope) {
        Map<String, FunnelStep> byStage = new LinkedHashMap<>();
        jdbc.query("""
                with reached as (
                  select c.id, 'PRE_DUE' as stage from inkasso.debt_case c
                  union
                  select s.case_id, s.stage from inkasso.case_stage_change s)
                select r.stage, count(*) as cases, sum(i.amount) as principal,
                       count(*) filter (where c.status = 'PAID') as paid
                  from reached r join inkasso.debt_case c on c.id = r.id join inkasso.invoice i on i.id = c.invoice_id
                 where true""" + scope.on("i") + " group by r.stage", params(scope), rs -> {
            long cases = rs.getLong("cases");
            long paid = rs.getLong("paid");
            byStage.put(rs.getString("stage"), new FunnelStep(CaseStage.valueOf(rs.getString("stage")), cases,
                    rs.getBigDecimal("principal").setScale(2), paid, ratio(BigDecimal.valueOf(paid), BigDecimal.valueOf(cases))));
        });
        return FUNNEL.stream().map(s -> byStage.getOrDefault(s.name(),
                new FunnelStep(s, 0, BigDecimal.ZERO.setScale(2), 0, null))).toList();
    }

    public record Recovery(String key, long cases, BigDecimal principal, BigDecimal collected, BigDecimal rate) {
    }

    /** Recovery by the strategy last chosen for the case. */
    @Transactional(readOnly = true)
    public List<Recovery> recoveryByStrategy(BookScope scope) {
        return recovery(scope, """
                left join (select distinct on (case_id) case_id, outcome as key from inkasso.interaction
                            where kind = 'STRATEGY' order by case_id, occurred_at desc) k on k.case_id = c.id""");
    }

    /** Recovery by the officer who last completed a task of the case (cases nobody worked are left out). */
    @Transactional(readOnly = true)
    public List<Recovery> recoveryByOfficer(BookScope scope) {
        return recovery(scope, """
                left join (select distinct on (root_proc_inst_id_) root_proc_inst_id_ as pi, assignee_ as key
                             from public.act_hi_taskinst where assignee_ is not null and end_time_ is not null
                            order by root_proc_inst_id_, end_time_ desc) k on k.pi = c.process_instance_id""");
    }

    /** Payments ÷ principal grouped by the key that {@code keyJoin} joins to each case as {@code k.key}. */
    private List<Recovery> recovery(BookScope scope, String keyJoin) {
        return jdbc.query("""
                with paid as (select case_id, sum(amount) as amount from inkasso.payment group by case_id)
                select k.key, count(*) as cases, sum(i.amount) as principal, coalesce(sum(paid.amount), 0) as collected
                  from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id
                  left join paid on paid.case_id = c.id
                """ + keyJoin + """

                 where k.key is not null""" + scope.on("i") + """
                 group by k.key order by sum(i.amount) desc""", params(scope), (rs, n) -> {
            BigDecimal principal = rs.getBigDecimal("principal").setScale(2);
            BigDecimal collected = rs.getBigDecimal("collected").setScale(2);
            return new Recovery(rs.getString("key"), rs.getLong("cases"), principal, collected, ratio(collected, principal));
        });
    }

    public record DaysToCash(CaseStage stage, long cases, BigDecimal averageDays) {
    }

    /** For paid cases: the average days from entering the stage they were paid in to the close. */
    @Transactional(readOnly = true)
    public List<DaysToCash> daysToCash(BookScope scope) {
        return jdbc.query("""
                select last.stage, count(*) as cases,
                       avg(extract(epoch from (c.closed_at - last.entered_at)) / 86400) as days
                  from inkasso.debt_case c
                  join inkasso.invoice i on i.id = c.invoice_id
                  cross join lateral (
                    select coalesce((select s.stage from inkasso.case_stage_change s where s.case_id = c.id
                                      order by s.entered_at desc, s.id desc limit 1), 'PRE_DUE') as stage,
                           coalesce((select s.entered_at from inkasso.case_stage_change s where s.case_id = c.id
                                      order by s.entered_at desc, s.id desc limit 1), c.opened_at) as entered_at) last
                 where c.status = 'PAID'""" + scope.on("i") + " group by last.stage", params(scope), (rs, n) ->
                new DaysToCash(CaseStage.valueOf(rs.getString("stage")), rs.getLong("cases"),
                        rs.getBigDecimal("days").setScale(1, RoundingMode.HALF_UP)))
                .stream().sorted(java.util.Comparator.comparing(DaysToCash::stage)).toList();
    }

    public record DebtorBalance(long debtorId, String name, String inn, long cases, BigDecimal outstanding) {
    }

    /** The debtors owing most on open cases. */
    @Transactional(readOnly = true)
    public List<DebtorBalance> topDebtors(BookScope scope, int limit) {
        return jdbc.query("""
                with paid as (select case_id, sum(amount) as amount from inkasso.payment group by case_id),
                written as (select case_id, sum(amount) as amount from inkasso.write_off group by case_id)
                select d.id, d.name, d.inn, count(*) as cases,
                       sum(greatest(i.amount - coalesce(paid.amount, 0) - coalesce(written.amount, 0), 0)) as outstanding
                  from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id join inkasso.debtor d on d.id = i.debtor_id
                  left join paid on paid.case_id = c.id left join written on written.case_id = c.id
                 where c.status in ('OPEN', 'BANKRUPTCY')""" + scope.on("i") + """
                 group by d.id, d.name, d.inn order by outstanding desc, d.id limit :limit""",
                params(scope).addValue("limit", limit), (rs, n) -> new DebtorBalance(rs.getLong("id"), rs.getString("name"),
                        rs.getString("inn"), rs.getLong("cases"), rs.getBigDecimal("outstanding").setScale(2)));
    }

    /** Debtors whose receivables grew over the last 30 days while some of it is past due. */
    @Transactional(readOnly = true)
    public List<DebtorBalance> growingBalances(BookScope scope, LocalDate today) {
        return debtorsWhere(scope, today, """
                sum(remaining) filter (where r.d = :today) > coalesce(sum(remaining) filter (where r.d = :before), 0)
                and bool_or(r.d = :today and r.overdue > 0)""");
    }

    /** Debtors with three or more invoices paid late or still unpaid past due, due in the last 365 days. */
    @Transactional(readOnly = true)
    public List<DebtorBalance> repeatedLateness(BookScope scope, LocalDate today) {
        return jdbc.query("""
                select d.id, d.name, d.inn, count(*) as cases, 0 as outstanding
                  from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id join inkasso.debtor d on d.id = i.debtor_id
                 where i.due_date between :yearAgo and :today
                   and ((c.closed_at is null and i.due_date < :today)
                        or cast(c.closed_at at time zone :zone as date) > i.due_date)""" + scope.on("i") + """
                 group by d.id, d.name, d.inn having count(*) >= 3 order by count(*) desc, d.id""",
                params(scope).addValue("today", Date.valueOf(today)).addValue("yearAgo", Date.valueOf(today.minusDays(365))),
                (rs, n) -> new DebtorBalance(rs.getLong("id"), rs.getString("name"), rs.getString("inn"),
                        rs.getLong("cases"), BigDecimal.ZERO.setScale(2)));
    }

    private List<DebtorBalance> debtorsWhere(BookScope scope, LocalDate today, String having) {
        return jdbc.query(receivables(scope) + """
                select d.id, d.name, d.inn, count(*) filter (where r.d = :today) as cases,
                       coalesce(sum(remaining) filter (where r.d = :today), 0) as outstanding
                  from r join inkasso.debtor d on d.id = r.debtor_id where r.remaining > 0
                 group by d.id, d.name, d.inn having""" + " " + having + " order by outstanding desc, d.id",
                params(scope).addValue("today", Date.valueOf(today)).addValue("before", Date.valueOf(today.minusDays(30)))
                        .addValue("days", new Date[] {Date.valueOf(today), Date.valueOf(today.minusDays(30))}),
                (rs, n) -> new DebtorBalance(rs.getLong("id"), rs.getString("name"), rs.getString("inn"),
                        rs.getLong("cases"), rs.getBigDecimal("outstanding").setScale(2)));
    }

    /**
     * {@code with … r(d, debtor_id, overdue, remaining)}: every receivable at each day of {@code :days}, with the
     * payments and write-offs up to that day joined set-based (hash joins, not one lookup per case and day).
     */
    private static String receivables(BookScope scope) {
        return """
                with day as (select unnest(cast(:days as date[])) as d),
                decrement as (
                  select case_id, cast(paid_at at time zone :zone as date) as d, amount from inkasso.payment
                  union all
                  select case_id, cast(created_at at time zone :zone as date) as d, amount from inkasso.write_off),
                decrement_to_day as (
                  select x.case_id, day.d, sum(x.amount) as amount from decrement x join day on x.d <= day.d group by 1, 2),
                r as (
                  select day.d, i.debtor_id, day.d - i.due_date as overdue, i.amount - coalesce(x.amount, 0) as remaining
                    from inkasso.debt_case c
                    join inkasso.invoice i on i.id = c.invoice_id
                    join day on i.issue_date <= day.d
                         and (c.closed_at is null or cast(c.closed_at at time zone :zone as date) >= day.d)
                    left join decrement_to_day x on x.case_id = c.id and x.d = day.d
                   where true""" + scope.on("i") + """
                )
                """;
    }

    private MapSqlParameterSource params(BookScope scope) {
        return new MapSqlParameterSource().addValue("zone", creditor.timeZone().getId()).addValue("scopeDebtors", scope.ids());
    }

    private static Map<AgingBucket, Amount> emptyBuckets() {
        Map<AgingBucket, Amount> buckets = new LinkedHashMap<>();
        for (AgingBucket b : AgingBucket.values()) {
            buckets.put(b, new Amount(0, BigDecimal.ZERO.setScale(2)));
        }
        return buckets;
    }

    /** {@code part ÷ whole} to four decimals (a share), or null when there is no whole. */
    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    static List<LocalDate> weekEnds(LocalDate today, int weeks) {
        List<LocalDate> days = new ArrayList<>();
        for (int w = weeks - 1; w >= 0; w--) {
            days.add(today.minusWeeks(w));
        }
        return days;
    }
}
