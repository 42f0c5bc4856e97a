package dev.inkasso.communication;

import dev.inkasso.interaction.ContactChannel;
import static dev.inkasso.workflow.DebtCaseProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import dev.inkasso.support.Mailbox;
import dev.inkasso.support.ProcessDriver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The outbox against a real SMTP server that goes away and comes back. */
class OutboxDeliveryTest extends IntegrationTest {
    private static final int NOTHING_LISTENS = 1; // a privileged port no SMTP server of ours uses

    @Autowired
    ProcessDriver driver;
    @Autowired
    JavaMailSenderImpl smtp;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    RuntimeService runtime;
    @Autowired
    OutboxSender sender;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
    private int realPort;

    @BeforeEach
    void workingHours() {
        realPort = smtp.getPort();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-03T07:00:00Z"))); // Tue 10:00 MSK
    }

    @AfterEach
    void smtpBack() {
        smtp.setPort(realPort);
    }

    private IntakeResult caseWithQueuedReminder(DebtorRequest debtor) {
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("SMTP"), debtor, "7000.00", LocalDate.of(2026, 1, 30)));
        driver.fireTimer(r, TIMER_DUE_DATE);
        driver.fireTimer(r, TIMER_FRIENDLY_REMINDER_DUE);
        return r;
    }

    private OutboxMessage letterOf(IntakeResult r) {
        return outbox.findByCaseIdOrderByIdAsc(r.caseId()).get(0);
    }

    private void later(java.time.Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
    }

    @Test
    void lettersLeaveOverSocketsWithoutNaglesDelay() throws Exception {
        // the mail session names the factory, and refuses to fall back to a plain socket if it cannot be loaded
        assertThat(smtp.getSession().getProperty("mail.smtp.socketFactory.class")).isEqualTo(NoDelaySocketFactory.class.getName());
        assertThat(smtp.getSession().getProperty("mail.smtp.socketFactory.fallback")).isEqualTo("false");
        try (java.net.Socket toTheServer = NoDelaySocketFactory.getDefault().createSocket("127.0.0.1", realPort)) {
            assertThat(toTheServer.getTcpNoDelay()).isTrue();
        }
        DebtorRequest debtor = Fixtures.organisation("ООО «Без задержки»");
        caseWithQueuedReminder(debtor);
        driver.deliverMail();
        assertThat(Mailbox.to(debtor.email())).hasSize(1);
    }

    @Test
    void whileSmtpIsDownLettersWaitAndAreDeliveredOnceItIsBack() {
        DebtorRequest debtor = Fixtures.organisation("ООО «Ретрай»");
        IntakeResult r = caseWithQueuedReminder(debtor);

        smtp.setPort(NOTHING_LISTENS);
        driver.deliverMail();
        assertThat(letterOf(r).getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(letterOf(r).getAttempts()).isEqualTo(1);
        assertThat(letterOf(r).getNextAttemptAt()).isAfter(ClockUtil.getCurrentTime().toInstant());

        smtp.setPort(realPort);
        driver.deliverMail();
        assertThat(Mailbox.to(debtor.email())).as("not before the backoff").isEmpty();

        later(java.time.Duration.ofMinutes(1));
        driver.deliverMail();
        driver.deliverMail();

        assertThat(letterOf(r).getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(letterOf(r).getAttempts()).isEqualTo(2);
        assertThat(Mailbox.to(debtor.email())).hasSize(1);
    }

    @Test
    void afterTheRetryBudgetTheLetterFailsVisiblyWithAnIncident() {
        IntakeResult r = caseWithQueuedReminder(Fixtures.organisation("ООО «Инцидент»"));
        smtp.setPort(NOTHING_LISTENS);

        for (int attempt = 0; attempt < 3; attempt++) {   // inkasso.outbox.max-attempts = 3 in tests
            driver.deliverMail();
            later(java.time.Duration.ofHours(1));
        }

        assertThat(letterOf(r).getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(runtime.createIncidentQuery().processInstanceId(r.processInstanceId())
                .incidentType(OutboxSender.INCIDENT_TYPE).count()).isEqualTo(1);
    }

    @Test
    void aLetterForACaseThatWasPaidMeanwhileIsCancelledNotSent() {
        DebtorRequest debtor = Fixtures.organisation("ООО «Успели»");
        IntakeResult r = caseWithQueuedReminder(debtor);
        String number = driver.instance(r).getBusinessKey();

        driver.pay(number + "-P", number, "7000.00");
        driver.deliverMail();

        assertThat(letterOf(r).getStatus()).isEqualTo(OutboxStatus.CANCELLED);
        assertThat(Mailbox.to(debtor.email())).isEmpty();
    }

    @Test
    void twoNodesDeliveringAtOnceSendEachLetterOnce() throws Exception {
        DebtorRequest debtor = Fixtures.organisation("ООО «Два узла»");
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("NODES"), debtor, "1000.00", LocalDate.of(2026, 1, 30)));
        for (int i = 0; i < 12; i++) {
            outbox.save(new OutboxMessage(r.caseId(), "nodes-" + r.caseId() + "-" + i, "TEST_LETTER", ContactChannel.EMAIL,
                    debtor.email(), "Письмо " + i, "Текст " + i, "<p>Текст " + i + "</p>", null, ClockUtil.getCurrentTime().toInstant()));
        }
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            Date now = ClockUtil.getCurrentTime();
            java.util.concurrent.Callable<Integer> node = () -> {
                ClockUtil.setCurrentTime(now);
                return driver.deliverMail();
            };
            var first = nodes.submit(node);
            var second = nodes.submit(node);
            assertThat(first.get() + second.get()).isEqualTo(12);
        } finally {
            nodes.shutdown();
        }
        assertThat(Mailbox.to(debtor.email())).hasSize(12);
        assertThat(outbox.findByCaseIdOrderByIdAsc(r.caseId())).allSatisfy(m -> assertThat(m.getAttempts()).isEqualTo(1));
    }

    @Test
    void aBatchOfLettersGoesOverOneSmtpConnection() {
        driver.deliverMail(); // what earlier tests left due
        DebtorRequest debtor = Fixtures.organisation("ООО «Одно соединение»");
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("CONN"), debtor, "1000.00", LocalDate.of(2026, 1, 30)));
        for (int i = 0; i < 5; i++) {
            outbox.save(new OutboxMessage(r.caseId(), "conn-" + r.caseId() + "-" + i, "TEST_LETTER", ContactChannel.EMAIL,
                    debtor.email(), "Письмо " + i, "Текст " + i, "<p>Текст " + i + "</p>", "ST00012|Sum=100000", ClockUtil.getCurrentTime().toInstant()));
        }
        double connectionsBefore = meters.counter("inkasso.mail.connections").count();

        assertThat(sender.deliverDue()).isEqualTo(5);

        assertThat(meters.counter("inkasso.mail.connections").count() - connectionsBefore).isEqualTo(1);
        assertThat(Mailbox.to(debtor.email())).hasSize(5)
                .allSatisfy(m -> assertThat(Mailbox.qrCode(m, EmailChannel.QR_CONTENT_ID)).isEqualTo("ST00012|Sum=100000"));
        assertThat(java.util.Arrays.stream(Mailbox.to(debtor.email())).map(m -> {
            try {
                return m.getMessageID();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).as("each letter keeps its own stable Message-ID").hasSize(5);
        assertThat(System.getProperty(MailStreamProvider.PROPERTY)).as("named at start, no ServiceLoader scan per part")
                .isEqualTo(org.eclipse.angus.mail.util.MailStreamProvider.class.getName());
    }
}
