package dev.inkasso.legal;

import static dev.inkasso.legal.LegalFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples, checked by hand with the convention of the common public calculators: delay from the
 * day after the due date to the end date inclusive, a payment's day accrues on the old base, each period
 * rounded to kopecks.
 */
class Interest395Test {

    @Test
    void singleRatePeriodMatchesTheCheckValueOfSharedLegal() {
        // 100 000 ₽, 30 days at 21 % in 2025: 100 000 × 0.21 × 30 / 365 = 1 726.03 ₽ (docs/LEGAL.md §1.1)
        Calculation c = INTEREST.calculate(rub("100000.00"), date("2025-01-01"), date("2025-01-31"), none());

        assertThat(c.total()).isEqualByComparingTo("1726.03");
        assertThat(c.periods()).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(date("2025-01-02"));
            assertThat(p.to()).isEqualTo(date("2025-01-31"));
            assertThat(p.days()).isEqualTo(30);
            assertThat(p.daysInYear()).isEqualTo(365);
            assertThat(p.rate()).isEqualByComparingTo("21");
        });
    }

    @Test
    void aPeriodCrossingSeveralRateChangesIsSplitAtEachChange() {
        Calculation c = INTEREST.calculate(rub("500000.00"), date("2025-05-31"), date("2025-09-30"), none());

        assertThat(c.periods()).extracting(Period::from, Period::to, Period::days, Period::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(date("2025-06-01"), date("2025-06-08"), 8L, rub("2301.37")),
                org.assertj.core.groups.Tuple.tuple(date("2025-06-09"), date("2025-07-27"), 49L, rub("13424.66")),
                org.assertj.core.groups.Tuple.tuple(date("2025-07-28"), date("2025-09-14"), 49L, rub("12082.19")),
                org.assertj.core.groups.Tuple.tuple(date("2025-09-15"), date("2025-09-30"), 16L, rub("3726.03")));
        assertThat(c.total()).isEqualByComparingTo("31534.25");
    }

    @Test
    void aLeapYearUses366DaysAndTheYearEndSplitsThePeriod() {
        Calculation c = INTEREST.calculate(rub("100000.00"), date("2023-12-15"), date("2024-01-15"), none());

        assertThat(c.periods()).extracting(Period::days, Period::daysInYear, Period::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, 365, rub("82.19")),     // 16–17.12.2023 at 15 %
                org.assertj.core.groups.Tuple.tuple(14L, 365, rub("613.70")),   // 18–31.12.2023 at 16 %
                org.assertj.core.groups.Tuple.tuple(15L, 366, rub("655.74")));  // 01–15.01.2024 at 16 %, leap year
        assertThat(c.total()).isEqualByComparingTo("1351.63");
    }

    @Test
    void aPartialPaymentLowersTheBaseFromTheNextDay() {
        Calculation c = INTEREST.calculate(rub("200000.00"), date("2024-01-31"), date("2024-03-31"),
                List.of(paid("2024-03-01", "50000.00")));

        assertThat(c.periods()).extracting(Period::from, Period::to, Period::base, Period::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(date("2024-02-01"), date("2024-03-01"), rub("200000.00"), rub("2622.95")),
                org.assertj.core.groups.Tuple.tuple(date("2024-03-02"), date("2024-03-31"), rub("150000.00"), rub("1967.21")));
        assertThat(c.total()).isEqualByComparingTo("4590.16");
    }

    @Test
    void aPaymentOnTheDayOfARateChangeAccruesThatDayAtTheNewRateOnTheOldBase() {
        Calculation c = INTEREST.calculate(rub("100000.00"), date("2024-07-15"), date("2024-08-10"),
                List.of(paid("2024-07-29", "40000.00")));

        assertThat(c.periods()).extracting(Period::from, Period::days, Period::rate, Period::base, Period::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(date("2024-07-16"), 13L, rub("16.00"), rub("100000.00"), rub("568.31")),
                org.assertj.core.groups.Tuple.tuple(date("2024-07-29"), 1L, rub("18.00"), rub("100000.00"), rub("49.18")),
                org.assertj.core.groups.Tuple.tuple(date("2024-07-30"), 12L, rub("18.00"), rub("60000.00"), rub("354.10")));
        assertThat(c.total()).isEqualByComparingTo("971.59");
    }

    @Test
    void aDebtPaidInFullStopsAccruing() {
        Calculation c = INTEREST.calculate(rub("100000.00"), date("2025-01-01"), date("2025-03-31"),
                List.of(paid("2025-01-10", "100000.00")));

        assertThat(c.periods()).singleElement().satisfies(p -> assertThat(p.to()).isEqualTo(date("2025-01-10")));
    }

    @Test
    void aDateOutsideTheTableIsNamedNotGuessed() {
        assertThatThrownBy(() -> INTEREST.calculate(rub("1000.00"), date("2026-03-01"), date("2027-01-31"), none()))
                .isInstanceOf(UnknownKeyRateException.class)
                .hasMessageContaining("2027-01-31").hasMessageContaining("2026-03-22");
        assertThatThrownBy(() -> INTEREST.calculate(rub("1000.00"), date("2020-01-01"), date("2022-01-31"), none()))
                .isInstanceOf(UnknownKeyRateException.class).hasMessageContaining("2020-01-02");
    }
}
