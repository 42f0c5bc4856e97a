package dev.inkasso.reporting;

import dev.inkasso.agency.Agencies;
import dev.inkasso.casefile.CaseFilter;
import dev.inkasso.casefile.CaseList;
import dev.inkasso.casefile.CaseRow;
import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtcase.AgingBucket;
import dev.inkasso.export.Table;
import dev.inkasso.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the managers' dashboard shows about the book for a period, and each of its lists as a {@link Table}.
 * The default view (the 30 days to today) is computed in the background every {@code inkasso.dashboard.refresh}
 * and served while younger than {@code inkasso.dashboard.max-age} (the page says when it was computed): on a
 * book of 100 000 cases the figures take seconds, a manager's page should not. Only DSO and CEI depend on the
 * period; for another period they are computed on request and every other figure is the default view's.
 */
@Service
public class BookReport {
    static final int TREND_WEEKS = 8;
    private static final int TOP = 10;
    private static final long MAX_PERIOD_DAYS = 366;
    private final BookAnalytics analytics;
    private final CaseList cases;
    private final Agencies agencies;
    private final CreditorProperties creditor;
    private final Clock clock;
    private final Duration maxAge;
    private final AtomicReference<Report> latest = new AtomicReference<>();

    BookReport(BookAnalytics analytics, CaseList cases, Agencies agencies, CreditorProperties creditor, Clock clock,
               @Value("${inkasso.dashboard.max-age:PT2M}") Duration maxAge) {
        this.analytics = analytics;
        this.cases = cases;
        this.agencies = agencies;
        this.creditor = creditor;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    public record Report(Instant computedAt, LocalDate today, BookAnalytics.Aging aging, List<BookAnalytics.Aging> trend,
                         BookAnalytics.Effectiveness effectiveness, List<BookAnalytics.FunnelStep> funnel,
                         List<BookAnalytics.Recovery> byStrategy, List<BookAnalytics.Recovery> byOfficer,
                         List<Map<String, Object>> agencies, List<BookAnalytics.DaysToCash> daysToCash,
                         List<BookAnalytics.DebtorBalance> topDebtors, CaseList.Page nearLimitation,
                         List<BookAnalytics.DebtorBalance> growingBalances, List<BookAnalytics.DebtorBalance> repeatedLateness) {

        /** This report with another period's DSO and CEI. */
        Report forPeriod(BookAnalytics.Effectiveness period) {
            return new Report(computedAt, today, aging, trend, period, funnel, byStrategy, byOfficer, agencies, daysToCash,
                    topDebtors, nearLimitation, growingBalances, repeatedLateness);
        }
    }

    /** The default view: the latest background computation while it is fresh, else computed now. */
    public Report current() {
        Report report = latest.get();
        Instant now = clock.instant();
        if (report != null && report.today().equals(creditor.today(clock))
                && !report.computedAt().plus(maxAge).isBefore(now) && !report.computedAt().isAfter(now)) {
            return report;
        }
        return refresh();
    }

    /** Computes the default view and keeps it for {@link #current()}. */
    @Transactional(readOnly = true)
    public Report refresh() {
        Period period = period(null, null);
        LocalDate today = period.to();
        BookScope all = BookScope.all();
        List<BookAnalytics.Aging> trend = analytics.aging(all, BookAnalytics.weekEnds(today, TREND_WEEKS));
        Report report = new Report(clock.instant(), today, trend.get(trend.size() - 1), trend,
                analytics.effectiveness(all, period.from(), period.to()), analytics.funnel(all),
                analytics.recoveryByStrategy(all), analytics.recoveryByOfficer(all), agencies.performance(),
                analytics.daysToCash(all), analytics.topDebtors(all, TOP), cases.find(CaseFilter.none().expiringLimitation(), 0, TOP),
                analytics.growingBalances(all, today), analytics.repeatedLateness(all, today));
        latest.set(report);
        return report;
    }

    /**
     * The figures for a period; both dates null is the default view ({@link #current()}). Only DSO and CEI depend
     * on the period (aging and its trend are as of today, the funnel, recovery and lists cover the whole book), so
     * another period computes those two now and takes the rest from the default view (its {@code computedAt}): on a
     * book of 100 000 cases recomputing every figure took 4–5 s, the two ends of a period a few hundred ms.
     */
    public Report report(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return current();
        }
        Period period = period(from, to);
        return current().forPeriod(analytics.effectiveness(BookScope.all(), period.from(), period.to()));
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    /** The period defaults to the 30 days to today; it may not run backwards, into the future or past a year. */
    private Period period(LocalDate from, LocalDate to) {
        LocalDate today = creditor.today(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (end.isAfter(today)) {
            throw InvalidInputException.of("to", "must not be after today");
        }
        if (start.isAfter(end)) {
            throw InvalidInputException.of("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_PERIOD_DAYS) {
            throw InvalidInputException.of("from", "the period may not be longer than " + MAX_PERIOD_DAYS + " days");
        }
        return new Period(start, end);
    }

    /** The dashboard's list called {@code name}, for CSV/XLSX. */
    public Table table(String name, Report r) {
        return switch (name) {
            case "aging" -> new Table(name, "Дебиторка по срокам", List.of("Срок просрочки", "Счетов", "Сумма"),
                    r.aging().buckets().entrySet().stream().map(e -> List.<Object>of(e.getKey().label(), e.getValue().cases(),
                            e.getValue().amount())).toList());
            case "trend" -> trendTable(r);
            case "funnel" -> new Table(name, "Воронка этапов", List.of("Этап", "Дел", "Сумма счетов", "Оплачено дел", "Конверсия"),
                    r.funnel().stream().map(f -> List.<Object>of(f.stage().label(), f.cases(), f.principal(), f.paid(),
                            orBlank(f.conversion()))).toList());
            case "strategies" -> recoveryTable(name, "Взыскание по стратегиям", "Стратегия", r.byStrategy());
            case "officers" -> recoveryTable(name, "Взыскание по сотрудникам", "Сотрудник", r.byOfficer());
            case "agencies" -> new Table(name, "Агентства", List.of("Агентство", "Комиссия, %", "Передано дел",
                    "Передано на сумму", "Взыскано", "Доля взысканного", "Комиссия к оплате"),
                    r.agencies().stream().map(a -> List.<Object>of(a.get("name"), a.get("commissionPercent"), a.get("placements"),
                            a.get("placedAmount"), a.get("collected"), a.get("recoveryRate"), a.get("commissionOwed"))).toList());
            case "days-to-cash" -> new Table(name, "Дней до оплаты", List.of("Этап оплаты", "Дел", "Среднее, дней"),
                    r.daysToCash().stream().map(d -> List.<Object>of(d.stage().label(), d.cases(), d.averageDays())).toList());
            case "top-debtors" -> debtorTable(name, "Крупнейшие должники", r.topDebtors());
            case "growing" -> debtorTable(name, "Растущий долг", r.growingBalances());
            case "lateness" -> debtorTable(name, "Повторные просрочки", r.repeatedLateness());
            case "limitation" -> limitationTable(cases.all(CaseFilter.none().expiringLimitation(), 100_000));
            default -> throw InvalidInputException.of("table", "unknown list " + name);
        };
    }

    private Table trendTable(Report r) {
        List<String> columns = new ArrayList<>(List.of("На дату"));
        for (AgingBucket b : AgingBucket.values()) {
            columns.add(b.label());
        }
        columns.add("Итого");
        return new Table("trend", "Динамика по неделям", columns, r.trend().stream().map(a -> {
            List<Object> row = new ArrayList<>(List.of(a.asOf()));
            a.buckets().values().forEach(v -> row.add(v.amount()));
            row.add(a.total());
            return row;
        }).toList());
    }

    private static Table recoveryTable(String name, String title, String key, List<BookAnalytics.Recovery> rows) {
        return new Table(name, title, List.of(key, "Дел", "Сумма счетов", "Взыскано", "Доля взысканного"),
                rows.stream().map(x -> List.<Object>of(x.key(), x.cases(), x.principal(), x.collected(), orBlank(x.rate()))).toList());
    }

    private static Table debtorTable(String name, String title, List<BookAnalytics.DebtorBalance> rows) {
        return new Table(name, title, List.of("Должник", "ИНН", "Дел", "Остаток"),
                rows.stream().map(d -> List.<Object>of(d.name(), d.inn(), d.cases(), d.outstanding())).toList());
    }

    private static Table limitationTable(List<CaseRow> rows) {
        return new Table("limitation", "Истекает исковая давность", List.of("Дело", "Счёт", "Должник", "Срок оплаты", "Остаток"),
                rows.stream().map(c -> List.<Object>of(c.id(), c.invoiceNumber(), c.debtorName(), c.dueDate(), c.outstanding())).toList());
    }

    private static Object orBlank(BigDecimal value) {
        return value == null ? "" : value;
    }
}
