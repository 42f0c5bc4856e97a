package dev.inkasso.legal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * State fee (госпошлина) for a property claim or a court-order application: the schedule in force on the
 * filing date, rounded to whole rubles. Every fact used that docs/LEGAL.md marks as unconfirmed is named in
 * the result, so the figure is never shown as certain when it is not.
 */
public final class StateFee {
    public record Result(BigDecimal fee, String schedule, boolean unconfirmed, List<String> unconfirmedFacts) {
    }

    private final List<StateFeeSchedule> schedules;

    public StateFee(List<StateFeeSchedule> schedules) {
        this.schedules = schedules.stream().sorted(Comparator.comparing(StateFeeSchedule::validFrom).reversed()).toList();
    }

    public Result calculate(Court court, BigDecimal amount, LocalDate filingDate, boolean courtOrder) {
        StateFeeSchedule schedule = schedules.stream()
                .filter(s -> s.court() == court && !s.validFrom().isAfter(filingDate))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no state-fee schedule for " + court + " on " + filingDate));
        List<String> unconfirmed = new ArrayList<>();
        StateFeeSchedule.Tier tier = schedule.tiers().stream()
                .filter(t -> t.over().signum() == 0 || amount.compareTo(t.over()) > 0)
                .reduce((first, second) -> second).orElseThrow();
        BigDecimal fee = tier.base().add(amount.subtract(tier.over()).multiply(tier.percent()).divide(Money.HUNDRED));
        note(unconfirmed, tier.status(), "tier over " + tier.over().toPlainString() + " of " + schedule.id());
        if (schedule.min() != null && fee.compareTo(schedule.min()) < 0) {
            fee = schedule.min();
        }
        if (schedule.max() != null && fee.compareTo(schedule.max()) >= 0) {
            fee = schedule.max();
            note(unconfirmed, schedule.maxStatus(), "maximum of " + schedule.id());
        }
        if (courtOrder) {
            StateFeeSchedule.CourtOrder order = schedule.courtOrder();
            fee = fee.multiply(order.factor());
            note(unconfirmed, order.factorStatus(), "court-order factor of " + schedule.id());
            if (order.min() != null && fee.compareTo(order.min()) < 0) {
                fee = order.min();
                note(unconfirmed, order.minStatus(), "court-order minimum " + order.min().toPlainString() + " of " + schedule.id());
            }
        }
        return new Result(fee.setScale(0, RoundingMode.HALF_UP).setScale(2), schedule.name(), !unconfirmed.isEmpty(),
                List.copyOf(unconfirmed));
    }

    private static void note(List<String> unconfirmed, FactStatus status, String fact) {
        if (status != FactStatus.CONFIRMED) {
            unconfirmed.add(fact + " (" + status + ")");
        }
    }
}
