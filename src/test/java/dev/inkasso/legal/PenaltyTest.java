package dev.inkasso.legal;

import static dev.inkasso.legal.LegalFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PenaltyTest {

    @Test
    void contractualPenaltyAccruesPerDayOnTheUnpaidSum() {
        // 0.1 % per day: 100 000 × 0.001 × 10 = 1 000; then 60 000 × 0.001 × 20 = 1 200
        Calculation c = PENALTY.calculate(rub("100000.00"), date("2025-03-31"), date("2025-04-30"), rub("0.1"), null,
                List.of(paid("2025-04-10", "40000.00")));

        assertThat(c.periods()).extracting(Period::days, Period::base, Period::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(10L, rub("100000.00"), rub("1000.00")),
                org.assertj.core.groups.Tuple.tuple(20L, rub("60000.00"), rub("1200.00")));
        assertThat(c.total()).isEqualByComparingTo("2200.00");
        assertThat(c.capped()).isFalse();
    }

    @Test
    void aCappedPenaltyStopsOnTheDayItReachesTheCap() {
        // 0.1 % per day with a cap of 10 %: 100 days reach 10 000 ₽, nothing accrues after 11.05.2025
        Calculation c = PENALTY.calculate(rub("100000.00"), date("2025-01-31"), date("2025-12-31"), rub("0.1"), rub("10"), none());

        assertThat(c.total()).isEqualByComparingTo("10000.00");
        assertThat(c.capped()).isTrue();
        assertThat(c.periods()).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(date("2025-02-01"));
            assertThat(p.to()).isEqualTo(date("2025-05-11"));
            assertThat(p.days()).isEqualTo(100);
        });
    }

    @Test
    void aCapNotReachedChangesNothing() {
        Calculation c = PENALTY.calculate(rub("100000.00"), date("2025-01-31"), date("2025-02-10"), rub("0.1"), rub("10"), none());

        assertThat(c.total()).isEqualByComparingTo("1000.00");
        assertThat(c.capped()).isFalse();
    }

    @Test
    void housingPenaltyStartsOnDay31At1of300AndFromDay91At1of130OfTheRateOnTheEndDate() {
        RateFractionPenalty housing = new RateFractionPenalty(RATES, DayCountConvention.CALCULATOR_PRACTICE);

        // due 31.01.2025, end 30.06.2025 (rate then 20 %): days 1–30 free, 31–90 at 20/300 %, 91–150 at 20/130 %
        Calculation c = housing.calculate(RateFractionPenalty.Regime.HOUSING_155, rub("10000.00"), date("2025-01-31"),
                date("2025-06-30"), none());

        assertThat(c.periods()).extracting(Period::from, Period::to, Period::days).containsExactly(
                org.assertj.core.groups.Tuple.tuple(date("2025-03-03"), date("2025-05-01"), 60L),
                org.assertj.core.groups.Tuple.tuple(date("2025-05-02"), date("2025-06-30"), 60L));
        // 10 000 × 20 % / 300 × 60 = 400.00; 10 000 × 20 % / 130 × 60 = 923.08
        assertThat(c.periods()).extracting(Period::amount).containsExactly(rub("400.00"), rub("923.08"));
    }

    @Test
    void housingPenaltyUses95PercentInsideTheFixedRateWindow() {
        RateFractionPenalty housing = new RateFractionPenalty(RATES, DayCountConvention.CALCULATOR_PRACTICE);

        Calculation c = housing.calculate(RateFractionPenalty.Regime.HOUSING_155, rub("30000.00"), date("2024-01-31"),
                date("2024-03-31"), none());

        // delay days 31–60 (02.03–31.03.2024) at 9.5/300 %: 30 000 × 0.095 / 300 × 30 = 285.00 (the key rate was 16 %)
        assertThat(c.total()).isEqualByComparingTo("285.00");
    }
}
