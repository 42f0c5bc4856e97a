package dev.inkasso.communication;

import static dev.inkasso.workflow.DebtCaseProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import dev.inkasso.support.ProcessDriver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A whole case, with a failed and a successful delivery, leaves no debtor email or phone in the logs. */
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsTest extends IntegrationTest {
    @Autowired
    ProcessDriver driver;
    @Autowired
    JavaMailSenderImpl smtp;

    @Test
    void debtorContactDataNeverReachesTheLog(CapturedOutput output) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-03T07:00:00Z")));
        String email = "secret.person." + System.nanoTime() + "@example.ru";
        String phone = "+7 999 555-44-33";
        DebtorRequest debtor = new DebtorRequest("INDIVIDUAL", "Скрытнов Иван", Fixtures.personInn(), null, email, phone,
                "г. Москва", "Europe/Moscow");
        String number = Fixtures.invoiceNumber("PII");
        IntakeResult r = driver.open(Fixtures.invoice(number, debtor, "3000.00", LocalDate.of(2026, 1, 30)));
        driver.fireTimer(r, TIMER_DUE_DATE);
        driver.fireTimer(r, TIMER_FRIENDLY_REMINDER_DUE);
        int port = smtp.getPort();
        try {
            smtp.setPort(1);
            driver.deliverMail();
        } finally {
            smtp.setPort(port);
        }
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(3600)));
        driver.deliverMail();
        driver.fireTimer(r, TIMER_SECOND_NOTICE_DUE);
        driver.fireTimer(r, TIMER_NEGOTIATION_DUE);
        driver.completeNegotiation(r, Map.of("negotiationOutcome", "NO_CONTACT"));
        driver.pay(number + "-P", number, "3000.00");

        assertThat(output.getAll()).contains("Letter").doesNotContain(email).doesNotContain(phone)
                .doesNotContain("secret.person");
    }
}
