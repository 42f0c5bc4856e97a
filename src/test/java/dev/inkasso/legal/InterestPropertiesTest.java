package dev.inkasso.legal;

import static dev.inkasso.legal.LegalFixtures.INTEREST;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of ст. 395 interest over the whole shipped key-rate table. */
class InterestPropertiesTest {
    private static final LocalDate FIRST_DUE = LocalDate.of(2022, 1, 1);
    private static final int SPAN_DAYS = (int) java.time.temporal.ChronoUnit.DAYS.between(FIRST_DUE, LegalFixtures.RATES.knownUntil());

    @Provide
    Arbitrary<BigDecimal> principals() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000000")).ofScale(2);
    }

    @Provide
    Arbitrary<LocalDate> dueDates() {
        return Arbitraries.integers().between(0, SPAN_DAYS - 1).map(FIRST_DUE::plusDays);
    }

    private static LocalDate end(LocalDate due, int days) {
        LocalDate end = due.plusDays(days);
        return end.isAfter(LegalFixtures.RATES.knownUntil()) ? LegalFixtures.RATES.knownUntil() : end;
    }

    @Property
    void interestGrowsWithTheEndDate(@ForAll("principals") BigDecimal principal, @ForAll("dueDates") LocalDate due,
                                     @ForAll @IntRange(min = 0, max = 1500) int days, @ForAll @IntRange(min = 0, max = 200) int more) {
        LocalDate end = end(due, days);
        LocalDate later = end(due, days + more);
        assertThat(INTEREST.calculate(principal, due, later, List.of()).total())
                .isGreaterThanOrEqualTo(INTEREST.calculate(principal, due, end, List.of()).total());
    }

    @Property
    void interestGrowsWithThePrincipal(@ForAll("principals") BigDecimal principal, @ForAll("principals") BigDecimal extra,
                                       @ForAll("dueDates") LocalDate due, @ForAll @IntRange(min = 0, max = 1500) int days) {
        LocalDate end = end(due, days);
        assertThat(INTEREST.calculate(principal.add(extra), due, end, List.of()).total())
                .isGreaterThanOrEqualTo(INTEREST.calculate(principal, due, end, List.of()).total());
    }

    @Property
    void splittingThePeriodChangesTheTotalByAtMostOnePeriodsRounding(
            @ForAll("principals") BigDecimal principal, @ForAll("dueDates") LocalDate due,
            @ForAll @IntRange(min = 2, max = 1500) int days, @ForAll @IntRange(min = 1, max = 1499) int cut) {
        LocalDate end = end(due, days);
        LocalDate split = due.plusDays(Math.min(cut, java.time.temporal.ChronoUnit.DAYS.between(due, end)));
        BigDecimal whole = INTEREST.calculate(principal, due, end, List.of()).total();
        BigDecimal first = INTEREST.calculate(principal, due, split, List.of()).total();
        // the second part is the delay after the split day: due date = split day
        BigDecimal second = INTEREST.calculate(principal, split, end, List.of()).total();
        assertThat(first.add(second).subtract(whole).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
    }

    @Property
    void zeroPrincipalGivesZero(@ForAll("dueDates") LocalDate due, @ForAll @IntRange(min = 0, max = 1500) int days) {
        assertThat(INTEREST.calculate(BigDecimal.ZERO.setScale(2), due, end(due, days), List.of()).total()).isZero();
    }
}
