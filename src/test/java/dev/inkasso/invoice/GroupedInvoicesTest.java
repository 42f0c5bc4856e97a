package dev.inkasso.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkasso.debtcase.InvoiceRepository;
import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.web.ConflictException;
import dev.inkasso.workflow.DebtCaseProcess.Elements;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Single posts of invoices written together (the group of {@code POST /api/invoices}'s GroupCommit). */
class GroupedInvoicesTest extends IntegrationTest {
    @Autowired
    InvoiceImport imports;
    @Autowired
    InvoiceRepository invoices;
    @Autowired
    ProcessDriver driver;

    @Test
    void invoicesOpenedTogetherEachGetTheirCaseAndProcessInTheirOrder() {
        DebtorRequest debtor = Fixtures.organisation("ООО «Группа»"); // new, and named by both
        LocalDate due = today().plusDays(20);
        InvoiceRequest first = Fixtures.invoice(Fixtures.invoiceNumber("GRI"), debtor, "1000.00", due);
        InvoiceRequest second = Fixtures.invoice(Fixtures.invoiceNumber("GRI"), debtor, "2000.00", due);

        List<IntakeResult> opened = imports.openAll(List.of(first, second));

        assertThat(opened).hasSize(2);
        assertThat(invoices.findById(opened.get(0).invoiceId()).orElseThrow().getNumber()).isEqualTo(first.number());
        assertThat(invoices.findById(opened.get(1).invoiceId()).orElseThrow().getNumber()).isEqualTo(second.number());
        assertThat(invoices.findById(opened.get(0).invoiceId()).orElseThrow().getDebtor().getId())
                .isEqualTo(invoices.findById(opened.get(1).invoiceId()).orElseThrow().getDebtor().getId());
        for (IntakeResult r : opened) {
            BpmnAwareTests.assertThat(driver.instance(r)).isWaitingAt(Elements.TIMER_PRE_DUE_REMINDER);
        }
    }

    @Test
    void aNumberOnRecordFailsTheGroupAndNothingOfItIsWritten() {
        String taken = Fixtures.invoiceNumber("GRI");
        driver.open(Fixtures.invoice(taken, "500.00", today().plusDays(20)));
        InvoiceRequest fresh = Fixtures.invoice(Fixtures.invoiceNumber("GRI"), "700.00", today().plusDays(20));

        assertThatThrownBy(() -> imports.openAll(List.of(fresh, Fixtures.invoice(taken, "700.00", today().plusDays(20)))))
                .isInstanceOf(ConflictException.class).hasMessageContaining(taken);
        assertThat(invoices.numbersOnRecord(List.of(fresh.number()))).isEmpty();
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/Moscow"));
    }
}
