package dev.inkasso.communication;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.inkasso.casefile.CaseQueries;
import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.invoice.InvoiceRequest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.support.TestInfrastructure;
import dev.inkasso.workflow.DebtCaseProcess.Elements;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Letters leave through the outbox and arrive at a real SMTP server with the right Russian text. */
class ReminderMailTest extends IntegrationTest {
    /** A Tuesday, 11:00 in Moscow: inside every contact window. */
    static final java.time.Instant WORKING_HOURS = java.time.Instant.parse("2026-02-10T08:00:00Z");

    @org.junit.jupiter.api.BeforeEach
    void duringWorkingHours() {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(WORKING_HOURS));
    }

    @Autowired
    ProcessDriver driver;
    @Autowired
    CaseQueries cases;
    @Autowired
    OutboxRepository outbox;

    private static MimeMessage[] mailTo(String address) {
        return dev.inkasso.support.Mailbox.to(address);
    }

    @Test
    void theFriendlyReminderReachesTheDebtorInRussianWithTheOutstandingAmount() throws Exception {
        String number = Fixtures.invoiceNumber("MAIL");
        DebtorRequest debtor = Fixtures.organisation("ООО «Лютик»");
        IntakeResult r = driver.open(new InvoiceRequest(number, debtor, null, new BigDecimal("1234567.89"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), "Договор № 42", null));
        driver.pay(number + "-P1", number, "234567.89");
        driver.fireTimer(r, Elements.TIMER_DUE_DATE);
        driver.fireTimer(r, Elements.TIMER_FRIENDLY_REMINDER_DUE);
        assertThat(mailTo(debtor.email())).as("nothing leaves before the outbox is delivered").isEmpty();

        driver.deliverMail();

        MimeMessage[] received = mailTo(debtor.email());
        assertThat(received).hasSize(1);
        String body = GreenMailUtil.getBody(received[0]);
        String text = new String(received[0].getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(received[0].getSubject()).isEqualTo("Счёт № " + number + " не оплачен в срок");
        assertThat(received[0].getMessageID()).startsWith("<inkasso.");
        String decoded = decodedText(received[0]);
        assertThat(decoded).contains("Уважаемый(ая) ООО «Лютик»!")
                .contains("Срок оплаты счёта № " + number + " истёк 01.02.2026")
                .contains("Сумма счёта: 1 234 567,89 руб.")
                .contains("Оплачено: 234 567,89 руб.")
                .contains("К оплате: 1 000 000,00 руб.")
                .contains("ООО «Тест Кредитор»")
                .contains("+7 (495) 111-22-33");
        assertThat(body).isNotEmpty();
        assertThat(text).isNotNull();
        assertThat(cases.get(r.caseId()).interactions()).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo("FRIENDLY_REMINDER");
            assertThat(i.outcome()).isEqualTo("SENT");
            assertThat(i.content()).contains("К оплате: 1 000 000,00 руб.");
        });
    }

    @Test
    void aLetterIsQueuedOnceEvenIfItsStepRunsAgainAndSentOnce() {
        String number = Fixtures.invoiceNumber("ONCE");
        DebtorRequest debtor = Fixtures.organisation("ООО «Василёк»");
        IntakeResult r = driver.open(new InvoiceRequest(number, debtor, null, new BigDecimal("5000.00"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), null, null));
        driver.fireTimer(r, Elements.TIMER_DUE_DATE);
        driver.fireTimer(r, Elements.TIMER_FRIENDLY_REMINDER_DUE);

        // the step runs again (e.g. a node replays it after a crash): no second letter
        org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine().getRuntimeService()
                .createProcessInstanceModification(r.processInstanceId())
                .startBeforeActivity(Elements.TASK_SEND_FRIENDLY_REMINDER).execute();
        driver.deliverMail();
        driver.deliverMail();

        assertThat(outbox.findByCaseIdOrderByIdAsc(r.caseId())).hasSize(1)
                .allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(OutboxStatus.SENT));
        assertThat(mailTo(debtor.email())).hasSize(1);
    }

    private static String decodedText(MimeMessage message) {
        return dev.inkasso.support.Mailbox.text(message);
    }
}
