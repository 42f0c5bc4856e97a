package dev.inkasso.legal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/** Every tier boundary of every schedule: just below, at and just above (docs/LEGAL.md §3). */
class StateFeeTest {
    private static final LocalDate NEW_SCALE = LocalDate.of(2025, 3, 1);
    private static final LocalDate OLD_SCALE = LocalDate.of(2024, 9, 8);
    private static final StateFee FEES = load();

    static StateFee load() {
        try (InputStream in = new ClassPathResource(LegalConfiguration.STATE_FEES).getInputStream()) {
            ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                    .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            return new StateFee(json.readValue(in, LegalConfiguration.StateFeeFile.class).schedules());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static StateFee.Result fee(Court court, String amount, LocalDate filed, boolean courtOrder) {
        return FEES.calculate(court, new BigDecimal(amount), filed, courtOrder);
    }

    @ParameterizedTest(name = "arbitration {0} ₽ → {1} ₽")
    @CsvSource({
        "99999.00, 10000", "100000.00, 10000", "100100.00, 10005",
        "999999.00, 55000", "1000000.00, 55000", "1000100.00, 55003",
        "9999900.00, 324997", "10000000.00, 325000", "10000100.00, 325001",
        "49999900.00, 724999", "50000000.00, 725000", "50000100.00, 725001",
        "1904999800.00, 9999999", "1905000000.00, 10000000", "3000000000.00, 10000000"})
    void arbitrationFromSeptember2024(String amount, String expected) {
        StateFee.Result r = fee(Court.ARBITRATION, amount, NEW_SCALE, false);
        assertThat(r.fee()).isEqualByComparingTo(expected);
        assertThat(r.unconfirmed()).isFalse();
        assertThat(r.schedule()).contains("333.21").contains("259-ФЗ");
    }

    @ParameterizedTest(name = "general {0} ₽ → {1} ₽ (unconfirmed: {2})")
    @CsvSource({
        "99999.00, 4000, false", "100000.00, 4000, false", "100100.00, 4003, false",
        "299900.00, 9997, false", "300000.00, 10000, false", "300100.00, 10003, false",
        "499900.00, 14998, false", "500000.00, 15000, false", "500100.00, 15002, false",
        "999900.00, 24998, false", "1000000.00, 25000, false", "1000100.00, 25001, false",
        "2999900.00, 44999, false", "3000000.00, 45000, false", "3000100.00, 45001, false",
        "7999900.00, 79999, false", "8000000.00, 80000, false", "8000100.00, 80000, true",
        "24000000.00, 136000, true", "24000100.00, 136000, true",
        "50000000.00, 214000, true", "50000100.00, 214000, true",
        "500000000.00, 889000, true", "600000000.00, 900000, true"})
    void generalCourtsFromSeptember2024(String amount, String expected, boolean unconfirmed) {
        StateFee.Result r = fee(Court.GENERAL, amount, NEW_SCALE, false);
        assertThat(r.fee()).isEqualByComparingTo(expected);
        assertThat(r.unconfirmed()).isEqualTo(unconfirmed);
    }

    @ParameterizedTest(name = "old arbitration {0} ₽ → {1} ₽")
    @CsvSource({"40000.00, 2000", "50000.00, 2000", "100000.00, 4000", "150000.00, 5500", "200000.00, 7000",
        "1000000.00, 23000", "2000000.00, 33000", "3000000.00, 38000", "40000000.00, 200000"})
    void arbitrationBeforeSeptember2024(String amount, String expected) {
        assertThat(fee(Court.ARBITRATION, amount, OLD_SCALE, false).fee()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "old general {0} ₽ → {1} ₽")
    @CsvSource({"5000.00, 400", "20000.00, 800", "100000.00, 3200", "200000.00, 5200", "1000000.00, 13200",
        "2000000.00, 18200", "20000000.00, 60000"})
    void generalCourtsBeforeSeptember2024(String amount, String expected) {
        assertThat(fee(Court.GENERAL, amount, OLD_SCALE, false).fee()).isEqualByComparingTo(expected);
    }

    @Test
    void theFilingDateChoosesTheScale() {
        assertThat(fee(Court.ARBITRATION, "500000.00", LocalDate.of(2024, 9, 8), false).fee()).isEqualByComparingTo("13000");
        assertThat(fee(Court.ARBITRATION, "500000.00", LocalDate.of(2024, 9, 9), false).fee()).isEqualByComparingTo("30000");
    }

    @Test
    void aCourtOrderCostsHalfAndTheUnconfirmedArbitrationMinimumIsFlagged() {
        assertThat(fee(Court.GENERAL, "100000.00", NEW_SCALE, true).fee()).isEqualByComparingTo("2000");

        StateFee.Result small = fee(Court.ARBITRATION, "100000.00", NEW_SCALE, true);
        assertThat(small.fee()).isEqualByComparingTo("8000");
        assertThat(small.unconfirmed()).isTrue();
        assertThat(small.unconfirmedFacts()).singleElement().asString().contains("court-order minimum");

        StateFee.Result large = fee(Court.ARBITRATION, "1000000.00", NEW_SCALE, true);
        assertThat(large.fee()).isEqualByComparingTo("27500");
        assertThat(large.unconfirmed()).isFalse();
    }
}
