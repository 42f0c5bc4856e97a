package dev.inkasso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.debtor.DebtorRepository;
import dev.inkasso.hold.Holds;
import dev.inkasso.invoice.InvoiceCsv;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * A hold over every open case of one debtor (bankruptcy, hardship) and its end: what each case costs as the debtor's
 * book grows ({@code -Dbench.holds=200,1000}). The hold is placed by one request, all or none; its end date lifts it
 * on the next poll. Run: {@code ./mvnw -B -q -Dbench.excluded=none -Dgroups=benchmark -Dtest=HoldBenchmark test}.
 */
@Tag("benchmark")
@org.springframework.test.context.TestPropertySource(properties = dev.inkasso.support.ProcessCoverageCollector.OFF)
class HoldBenchmark extends ApiTest {
    @Autowired
    DebtorRepository debtors;
    @Autowired
    Holds holds;

    @Test
    void aDebtorWideHoldPlacedAndLiftedAsTheDebtorsBookGrows() {
        int[] sizes = Arrays.stream(System.getProperty("bench.holds", "200,1000").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        once(50); // warm-up: the paths compiled before anything is timed
        double firstPerCase = 0;
        for (int size : sizes) {
            double[] perCase = once(size);
            if (firstPerCase == 0) {
                firstPerCase = perCase[0] + perCase[1];
            }
            System.out.printf("BENCH holds: a debtor's %5d cases: placed %6.2f ms per case, lifted %6.2f ms per case"
                            + " (%.2fx the per-case cost at %d)%n", size, perCase[0], perCase[1],
                    (perCase[0] + perCase[1]) / firstPerCase, sizes[0]);
        }
    }

    /** Places and lifts a hold over a new debtor's {@code size} cases; the milliseconds per case of each. */
    private double[] once(int size) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-03T07:00:00Z"))); // Tue 10:00 MSK
        String inn = Fixtures.organisationInn();
        StringBuilder csv = new StringBuilder(String.join(";", InvoiceCsv.COLUMNS)).append('\n');
        for (int i = 0; i < size; i++) {
            csv.append(Fixtures.invoiceNumber("BHOLD")).append(";ORGANIZATION;ООО «Сеть»;").append(inn)
                    .append(";;hold@example.ru;;г. Москва;Europe/Moscow;1000.00;2026-01-10;2026-02-20;;;\n");
        }
        assertThat(postCsv(FEED, csv.toString()).getStatusCode()).isEqualTo(HttpStatus.OK);
        long debtorId = debtors.findByInn(inn).orElseThrow().getId();

        long placeStart = System.nanoTime();
        assertThat(post(OFFICER, "/api/debtors/" + debtorId + "/holds",
                Map.of("reason", "BANKRUPTCY", "until", "2026-02-10")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long placeNanos = System.nanoTime() - placeStart;

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-10T07:00:00Z")));
        long liftStart = System.nanoTime();
        int lifted = holds.liftExpired();
        long liftNanos = System.nanoTime() - liftStart;
        assertThat(lifted).isEqualTo(size);
        return new double[] {placeNanos / 1e6 / size, liftNanos / 1e6 / size};
    }
}
