package dev.inkasso.reporting;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/dashboard} (managers): the figures of Inkasso's manager dashboard. */
@RestController
class DashboardController {
    private final Dashboard dashboard;
    private final BookReport book;

    DashboardController(Dashboard dashboard, BookReport book) {
        this.dashboard = dashboard;
        this.book = book;
    }

    /** The book's figures for a period (default: the 30 days to today): aging, trend, DSO, CEI, funnel, recovery… */
    @GetMapping("/api/dashboard/book")
    BookReport.Report book(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return book.report(from, to);
    }

    @GetMapping("/api/dashboard")
    Map<String, Object> overview() {
        return dashboard.overview();
    }
}
