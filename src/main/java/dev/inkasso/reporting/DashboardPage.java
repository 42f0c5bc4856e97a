package dev.inkasso.reporting;

import dev.inkasso.format.RussianFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /dashboard}: the manager's overview as a page, in Russian, refreshed every minute. */
@Controller
class DashboardPage {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Moscow"));
    private final Dashboard dashboard;

    DashboardPage(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/dashboard")
    @SuppressWarnings("unchecked")
    String page(Model model) {
        Map<String, Object> overview = dashboard.overview();
        model.addAttribute("asOf", STAMP.format((Instant) overview.get("asOf")));
        model.addAttribute("collected", RussianFormat.money((BigDecimal) overview.get("collectedThisMonth")));
        model.addAttribute("flags", overview.get("redFlags"));
        model.addAttribute("stages", ((List<Map<String, Object>>) overview.get("byStage")).stream().map(row -> Map.of(
                "stage", row.get("stage"), "status", row.get("status"), "cases", row.get("cases"),
                "principal", RussianFormat.money((BigDecimal) row.get("principal")),
                "paid", RussianFormat.money((BigDecimal) row.get("paid")),
                "outstanding", RussianFormat.money((BigDecimal) row.get("outstanding")))).toList());
        model.addAttribute("agencies", ((List<Map<String, Object>>) overview.get("agencies")).stream().map(a -> Map.of(
                "name", a.get("name"), "commission", RussianFormat.percent((BigDecimal) a.get("commissionPercent")),
                "placements", a.get("placements"), "placedAmount", RussianFormat.money((BigDecimal) a.get("placedAmount")),
                "collected", RussianFormat.money((BigDecimal) a.get("collected")),
                "recoveryRate", RussianFormat.percent(((BigDecimal) a.get("recoveryRate")).multiply(BigDecimal.valueOf(100))
                        .setScale(1, RoundingMode.HALF_UP)),
                "commissionOwed", RussianFormat.money((BigDecimal) a.get("commissionOwed")))).toList());
        return "web/dashboard";
    }
}
