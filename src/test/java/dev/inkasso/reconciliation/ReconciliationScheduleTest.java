package dev.inkasso.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.invoice.InvoiceRequest;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Quarterly statements: the quarter just ended, to each debtor with an open balance, once however often it runs. */
class ReconciliationScheduleTest extends ApiTest {
    @Autowired
    ReconciliationSchedule schedule;
    @Autowired
    ProcessDriver driver;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theQuarterJustEndedIsSentOncePerDebtor() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        LocalDate from = LocalDate.of(2026, 7, 1);
        LocalDate to = LocalDate.of(2026, 9, 30);
        assertThat(ReconciliationSchedule.quarterBefore(today)).isEqualTo(from);
        assertThat(ReconciliationSchedule.quarterBefore(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2025, 10, 1));
        String number = Fixtures.invoiceNumber("QRT");
        IntakeResult r = driver.open(new InvoiceRequest(number, Fixtures.organisation("ООО «Квартал»"), null,
                new BigDecimal("7000.00"), LocalDate.of(2026, 8, 10), LocalDate.of(2026, 9, 1), null, null));
        long debtorId = jdbc.sql("select debtor_id from inkasso.invoice where id = :id").param("id", r.invoiceId())
                .query(Long.class).single();
        assertThat(schedule.dueDebtors(from, to)).contains(debtorId);

        assertThat(schedule.sendQuarter(today, List.of(debtorId))).isEqualTo(1);
        assertThat(schedule.sendQuarter(today, List.of(debtorId))).as("a second run, or a second node").isZero();

        assertThat(schedule.dueDebtors(from, to)).doesNotContain(debtorId);
        assertThat(jdbc.sql("""
                select count(*) from inkasso.reconciliation where debtor_id = :debtor and scheduled
                   and period_from = :from and period_to = :to and status = 'SENT'""")
                .param("debtor", debtorId).param("from", java.sql.Date.valueOf(from)).param("to", java.sql.Date.valueOf(to))
                .query(Long.class).single()).isEqualTo(1);
    }
}
