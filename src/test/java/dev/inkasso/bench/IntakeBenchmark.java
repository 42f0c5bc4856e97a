package dev.inkasso.bench;

import dev.inkasso.invoice.InvoiceCsv;
import dev.inkasso.legal.DatedAmount;
import dev.inkasso.legal.DayCountConvention;
import dev.inkasso.legal.Interest395;
import dev.inkasso.legal.KeyRateTable;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How Inkasso's costs scale, as ratios (absolute times depend on the machine). Run with {@code bash bench/run}.
 * Not part of the test suite: it measures, it does not assert.
 */
@Tag("benchmark")
@org.springframework.test.context.TestPropertySource(properties = dev.inkasso.support.ProcessCoverageCollector.OFF)
class IntakeBenchmark extends ApiTest {
    private static final int INVOICES = 200;

    @Test
    void csvImportAgainstSinglePosts() {
        String header = String.join(";", InvoiceCsv.COLUMNS) + "\n";
        StringBuilder csv = new StringBuilder(header);
        for (int i = 0; i < INVOICES; i++) {
            csv.append(Fixtures.invoiceNumber("BCSV")).append(";ORGANIZATION;ООО «Пакет ").append(i).append("»;")
                    .append(Fixtures.organisationInn()).append(";;bench").append(i).append("@example.ru;;г. Москва;Europe/Moscow;")
                    .append("1000.00;2026-01-01;2026-02-01;;;\n");
        }
        postCsv(FEED, header + "x"); // warm-up of the import path (refused: bad row)
        long csvStart = System.nanoTime();
        postCsv(FEED, csv.toString());
        long csvNanos = System.nanoTime() - csvStart;

        long singleStart = System.nanoTime();
        for (int i = 0; i < INVOICES; i++) {
            post(FEED, "/api/invoices", Map.of("number", Fixtures.invoiceNumber("BONE"), "amount", "1000.00",
                    "issueDate", "2026-01-01", "dueDate", "2026-02-01", "debtor", Map.of("type", "ORGANIZATION",
                            "name", "ООО «Штучный»", "inn", Fixtures.organisationInn(), "email", "one" + i + "@example.ru")));
        }
        long singleNanos = System.nanoTime() - singleStart;
        System.out.printf("BENCH intake: %d invoices by one CSV import vs %d single POSTs: %.2fx faster (%.1f vs %.1f ms per invoice)%n",
                INVOICES, INVOICES, (double) singleNanos / csvNanos, csvNanos / 1e6 / INVOICES, singleNanos / 1e6 / INVOICES);
    }

    @Test
    void interestCostGrowsWithPaymentsAndRateChanges() {
        var seed = dev.inkasso.legal.LegalTestAccess.seed();
        KeyRateTable rates = new KeyRateTable(seed.getKey(), seed.getValue());
        Interest395 interest = new Interest395(rates, DayCountConvention.CALCULATOR_PRACTICE);
        List<DatedAmount> payments = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            payments.add(new DatedAmount(LocalDate.of(2022, 2, 1).plusDays(i * 28L), new BigDecimal("1000.00")));
        }
        long simple = time(() -> interest.calculate(new BigDecimal("100000.00"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), List.of()));
        long complex = time(() -> interest.calculate(new BigDecimal("100000.00"), LocalDate.of(2022, 1, 1), LocalDate.of(2026, 3, 1), payments));
        System.out.printf("BENCH interest-395: 4 years, 24 rate changes, 50 payments vs one 30-day period: %.1fx the cost (%.1f vs %.1f µs)%n",
                (double) complex / simple, complex / 1e3, simple / 1e3);
    }

    private static long time(Runnable calculation) {
        for (int i = 0; i < 2_000; i++) {
            calculation.run();
        }
        long start = System.nanoTime();
        int runs = 5_000;
        for (int i = 0; i < runs; i++) {
            calculation.run();
        }
        return (System.nanoTime() - start) / runs;
    }
}
