package dev.inkasso.communication;

import static dev.inkasso.workflow.DebtCaseProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.invoice.InvoiceRequest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import dev.inkasso.support.Mailbox;
import dev.inkasso.support.ProcessDriver;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each letter's Russian text and amounts, and its payment QR code decoded with the same library. */
class LetterContentTest extends IntegrationTest {
    @Autowired
    ProcessDriver driver;

    @BeforeEach
    void mondayMorningInMoscow() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-02T07:00:00Z"))); // Mon 10:00 MSK
    }

    private MimeMessage onlyLetter(String email) {
        driver.deliverMail();
        MimeMessage[] letters = Mailbox.to(email);
        assertThat(letters).hasSize(1);
        return letters[0];
    }

    @Test
    void thePreDueReminderNamesTheDueDateTheAmountAndHowToPay() throws Exception {
        String number = Fixtures.invoiceNumber("PRE-MAIL");
        DebtorRequest debtor = Fixtures.organisation("ООО «Заря»");
        IntakeResult r = driver.open(new InvoiceRequest(number, debtor, null, new BigDecimal("48500.50"),
                LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 9), null, null));
        driver.fireTimer(r, TIMER_PRE_DUE_REMINDER);            // Friday 06.02.2026 00:00 MSK: queued at once …
        driver.deliverMail();
        assertThat(Mailbox.to(debtor.email())).as("… but a business is not written to at midnight").isEmpty();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-06T06:00:00Z")));   // 09:00 MSK

        MimeMessage letter = onlyLetter(debtor.email());

        assertThat(letter.getSubject()).isEqualTo("Напоминание о сроке оплаты счёта № " + number);
        assertThat(Mailbox.text(letter)).contains("Напоминаем, что 09.02.2026 наступает срок оплаты счёта № " + number)
                .contains("К оплате: 48 500,50 руб.")
                .contains("Получатель: ООО «Тест Кредитор», ИНН 7707083893")
                .contains("БИК 044525225").contains("Телефон для связи: +7 (495) 111-22-33");
        assertThat(Mailbox.qrCode(letter, EmailChannel.QR_CONTENT_ID)).isEqualTo("ST00012|Name=ООО «Тест Кредитор»"
                + "|PersonalAcc=40702810938000000001|BankName=ПАО Сбербанк|BIC=044525225"
                + "|CorrespAcc=30101810400000000225|PayeeINN=7707083893|Sum=4850050"
                + "|Purpose=Оплата по счёту № " + number);
    }

    @Test
    void theSecondNoticeCountsTheDaysOverdueAndTheContractualPenaltyToDate() {
        String number = Fixtures.invoiceNumber("NOTICE");
        DebtorRequest debtor = Fixtures.organisation("ООО «Восход»");
        IntakeResult r = driver.open(new InvoiceRequest(number, debtor, null, new BigDecimal("100000.00"),
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 20), "Договор № 9", new BigDecimal("0.1")));
        driver.fireTimer(r, TIMER_DUE_DATE);
        driver.fireTimer(r, TIMER_FRIENDLY_REMINDER_DUE);
        driver.deliverMail();
        driver.fireTimer(r, TIMER_SECOND_NOTICE_DUE); // 7 days after the reminder: Tue 10.02.2026 10:00 MSK

        MimeMessage[] letters = Mailbox.to(debtor.email());
        driver.deliverMail();
        MimeMessage notice = Mailbox.to(debtor.email())[letters.length];

        assertThat(Mailbox.text(notice)).contains("Повторно уведомляем, что счёт № " + number + " не оплачен")
                .contains("Просрочка составляет 21 дн.")
                .contains("неустойка в размере 0,1 % от суммы долга")
                // 100 000 × 0.1 % × 21 days (21.01–10.02.2026)
                .contains("Неустойка на сегодня: 2 100,00 руб.")
                .contains("Неустойка</span> на сегодня: <b>2 100,00 руб.</b>") // the HTML part shows it too
                .contains("К оплате: 100 000,00 руб.");
    }
}
