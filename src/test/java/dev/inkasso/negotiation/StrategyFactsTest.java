package dev.inkasso.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.hold.CaseHold;
import dev.inkasso.hold.HoldReason;
import dev.inkasso.hold.Holds;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import dev.inkasso.support.ProcessDriver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The strategy table's inputs as the domain gives them. */
class StrategyFactsTest extends IntegrationTest {
    @Autowired
    ProcessDriver driver;
    @Autowired
    StrategyFacts facts;
    @Autowired
    Holds holds;

    @Test
    void latePaymentsCountTheDebtorsOtherCasesPaidAfterTheirDueDate() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-10T09:00:00Z")));
        DebtorRequest debtor = Fixtures.organisation("ООО «История оплат»");
        paidInFull(debtor, "LATE", LocalDate.of(2026, 2, 1));
        paidInFull(debtor, "LATE", LocalDate.of(2026, 2, 20));
        paidInFull(debtor, "ONTIME", LocalDate.of(2026, 4, 1));
        paidInFull(Fixtures.organisation("ООО «Чужой должник»"), "OTHER", LocalDate.of(2026, 2, 1));
        IntakeResult current = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("NOW"), debtor, "3000.00", LocalDate.of(2026, 2, 15)));

        var inputs = facts.of(current.caseId());

        assertThat(inputs).containsEntry("latePayments", 2L).containsEntry("daysOverdue", 23L)
                .containsEntry("outstanding", 3000.0).containsEntry("debtorType", "ORGANIZATION");
    }

    @Test
    void aCaseOnceHeldForADisputeStaysDisputedAfterTheHoldIsLifted() {
        IntakeResult disputed = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("DSP"),
                Fixtures.organisation("ООО «Спорщик»"), "2000.00", LocalDate.now().minusDays(10)));
        IntakeResult hardship = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("HRD"),
                Fixtures.organisation("ООО «Трудности»"), "2000.00", LocalDate.now().minusDays(10)));
        CaseHold dispute = holds.place(disputed.caseId(), HoldReason.DISPUTE, null, "Оспаривает объём поставки", "officer");
        holds.lift(disputed.caseId(), dispute.getId(), "officer");
        holds.place(hardship.caseId(), HoldReason.HARDSHIP, null, "Временные трудности", "officer");

        assertThat(facts.of(disputed.caseId())).containsEntry("disputed", true);
        assertThat(facts.of(hardship.caseId())).containsEntry("disputed", false);
    }

    private void paidInFull(DebtorRequest debtor, String prefix, LocalDate due) {
        String number = Fixtures.invoiceNumber(prefix);
        driver.open(Fixtures.invoice(number, debtor, "1000.00", due));
        driver.pay(number + "-P", number, "1000.00");
    }
}
