package dev.inkasso.reporting;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/dashboard} (managers): the figures of Inkasso's manager dashboard. */
@RestController
class DashboardController {
    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/api/dashboard")
    Map<String, Object> overview() {
        return dashboard.overview();
    }
}
