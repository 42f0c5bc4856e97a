package dev.inkasso.reporting;

import dev.inkasso.debtcase.AgingBucket;
import dev.inkasso.export.TableExport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /dashboard}: the book at a glance for managers, in Russian — aging with its weekly trend, DSO and CEI for a
 * period, the stage funnel, recovery by strategy, agency and officer, days to cash, top debtors, limitation and red
 * flags. Every figure links to the case list behind it; every list downloads as CSV or XLSX.
 */
@Controller
class DashboardPage {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Moscow"));
    private final Dashboard dashboard;
    private final BookReport book;

    DashboardPage(Dashboard dashboard, BookReport book) {
        this.dashboard = dashboard;
        this.book = book;
    }

    @GetMapping("/dashboard")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        Map<String, Object> overview = dashboard.overview();
        BookReport.Report report = book.report(from, to);
        model.addAttribute("asOf", STAMP.format((Instant) overview.get("asOf")));
        model.addAttribute("computedAt", STAMP.format(report.computedAt()));
        model.addAttribute("overview", overview);
        model.addAttribute("r", report);
        model.addAttribute("periodQuery", "?from=" + report.effectiveness().from() + "&to=" + report.effectiveness().to());
        model.addAttribute("charts", charts(report));
        return "web/dashboard";
    }

    @GetMapping("/dashboard/{table}.{format}")
    ResponseEntity<byte[]> export(@PathVariable String table, @PathVariable String format,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return TableExport.download(book.table(table, book.report(from, to)), format);
    }

    /** What the charts draw, with the link each bar or step opens. */
    private static Map<String, Object> charts(BookReport.Report r) {
        Map<String, Object> charts = new LinkedHashMap<>();
        List<Map<String, Object>> aging = new ArrayList<>();
        r.aging().buckets().forEach((b, v) -> aging.add(Map.of("label", b.label(), "amount", v.amount(), "cases", v.cases(),
                "link", "/cases?bucket=" + b.code())));
        charts.put("aging", aging);
        List<String> weeks = r.trend().stream().map(a -> a.asOf().format(DateTimeFormatter.ofPattern("dd.MM"))).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (AgingBucket b : AgingBucket.values()) {
            series.add(Map.of("name", b.label(), "data", r.trend().stream().map(a -> a.buckets().get(b).amount()).toList()));
        }
        charts.put("trend", Map.of("weeks", weeks, "series", series));
        charts.put("funnel", r.funnel().stream().map(f -> Map.of("name", f.stage().label(), "value", f.cases(),
                "link", "/cases?reached=" + f.stage().name())).toList());
        charts.put("strategies", r.byStrategy().stream().map(s -> Map.of("name", s.key(), "collected", s.collected(),
                "principal", s.principal(), "link", "/cases?strategy=" + s.key())).toList());
        return charts;
    }
}
