package dev.inkasso.credit;

import dev.inkasso.credit.CreditHistory.InvoiceFact;
import dev.inkasso.format.RussianFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A debtor's history and external signals as numbers in 0..1, one per {@link RiskFactor}, with the sentence that
 * explains each in Russian (so a reason says "3 из 5 счетов оплачены с опозданием", not a coefficient).
 */
public record RiskFeatures(Map<RiskFactor, Double> values, Map<RiskFactor, String> details) {
    /** Invoices whose days late count as the recent ones when the trend is read. */
    static final int RECENT = 3;

    public double value(RiskFactor factor) {
        return values.getOrDefault(factor, 0.0);
    }

    public double[] vector() {
        double[] v = new double[RiskFactor.values().length];
        for (RiskFactor f : RiskFactor.values()) {
            v[f.ordinal()] = value(f);
        }
        return v;
    }

    public static RiskFeatures of(CreditHistory history, CounterpartySignals signals, LocalDate today) {
        Map<RiskFactor, Double> v = new EnumMap<>(RiskFactor.class);
        Map<RiskFactor, String> d = new EnumMap<>(RiskFactor.class);
        // only invoices whose lateness is known count: settled ones, and open ones already past their due date
        List<InvoiceFact> judged = history.invoices().stream()
                .filter(i -> i.isSettled() || i.dueDate().isBefore(today)).toList();
        int n = judged.size();
        if (n == 0) {
            put(v, d, RiskFactor.NO_HISTORY, 1.0, "счетов с наступившим сроком оплаты ещё не было");
        } else {
            long late = judged.stream().filter(i -> i.late(today)).count();
            long severe = judged.stream().filter(i -> i.daysLate(today) > 30).count();
            double avg = judged.stream().mapToLong(i -> i.daysLate(today)).average().orElse(0);
            put(v, d, RiskFactor.LATE_SHARE, (double) late / n, late + " из " + n + " счетов оплачены с опозданием или просрочены");
            put(v, d, RiskFactor.SEVERE_LATE_SHARE, (double) severe / n, severe + " из " + n + " счетов — просрочка более 30 дней");
            put(v, d, RiskFactor.AVERAGE_DAYS_LATE, Math.min(1.0, avg / 90.0), "в среднем " + Math.round(avg) + " дн. просрочки");
            if (n > RECENT) {
                double recent = judged.subList(n - RECENT, n).stream().mapToLong(i -> i.daysLate(today)).average().orElse(0);
                double earlier = judged.subList(0, n - RECENT).stream().mapToLong(i -> i.daysLate(today)).average().orElse(0);
                double worsening = Math.max(0, Math.min(1.0, (recent - earlier) / 60.0));
                put(v, d, RiskFactor.WORSENING_TREND, worsening, "последние " + RECENT + " счета: в среднем " + Math.round(recent)
                        + " дн. просрочки против " + Math.round(earlier) + " прежде");
            }
        }
        int broken = history.invoices().stream().mapToInt(InvoiceFact::brokenPromises).sum();
        int disputes = history.invoices().stream().mapToInt(InvoiceFact::disputes).sum();
        long escalated = history.invoices().stream().filter(InvoiceFact::escalated).count();
        put(v, d, RiskFactor.BROKEN_PROMISES, Math.min(broken, 3) / 3.0, "нарушено обещаний оплаты: " + broken);
        put(v, d, RiskFactor.DISPUTES, Math.min(disputes, 3) / 3.0, "споров по счетам: " + disputes);
        put(v, d, RiskFactor.ESCALATIONS, Math.min(escalated, 2) / 2.0, "дел на стадии эскалации: " + escalated);
        put(v, d, RiskFactor.LIMIT_UTILISATION, utilisation(history.outstanding(), history.limit()),
                "задолженность " + RussianFormat.money(history.outstanding()) + " при лимите " + RussianFormat.money(history.limit()));
        put(v, d, RiskFactor.REGISTRY_STOPPED, signals.registryStatus().stopsCredit() ? 1.0 : 0.0,
                "статус: " + signals.registryStatus().label());
        put(v, d, RiskFactor.BANKRUPTCY_NOTICES, signals.bankruptcyNotices() > 0 ? 1.0 : 0.0,
                "сообщений ЕФРСБ: " + signals.bankruptcyNotices());
        put(v, d, RiskFactor.OPEN_ENFORCEMENTS, Math.min(signals.openEnforcements(), 3) / 3.0,
                "исполнительных производств: " + signals.openEnforcements() + " на " + RussianFormat.money(signals.enforcementAmount()));
        put(v, d, RiskFactor.ARBITRATION_DEFENDANT, Math.min(signals.arbitrationCasesAsDefendant(), 3) / 3.0,
                "дел ответчиком: " + signals.arbitrationCasesAsDefendant() + " на " + RussianFormat.money(signals.arbitrationAmount()));
        return new RiskFeatures(v, d);
    }

    /** Outstanding over limit, 1.0 at one and a half times the limit; any debt without a limit counts as full use. */
    static double utilisation(BigDecimal outstanding, BigDecimal limit) {
        if (outstanding.signum() <= 0) {
            return 0.0;
        }
        if (limit.signum() <= 0) {
            return 1.0;
        }
        return Math.min(1.0, outstanding.divide(limit, 4, RoundingMode.HALF_UP).doubleValue() / 1.5);
    }

    private static void put(Map<RiskFactor, Double> v, Map<RiskFactor, String> d, RiskFactor f, double value, String detail) {
        v.put(f, value);
        d.put(f, detail);
    }
}
