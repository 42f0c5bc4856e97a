package dev.inkasso.communication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.debtor.DebtorRepository;
import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.hold.Holds;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.interaction.ContactChannel;
import dev.inkasso.interaction.InteractionRepository;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import dev.inkasso.support.Mailbox;
import dev.inkasso.support.ProcessDriver;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox's sender threads side by side: letters still leave in due order, and the contact caps still hold. */
class ConcurrentSendersTest extends IntegrationTest {
    private static final Instant TUESDAY_10_MSK = Instant.parse("2026-02-03T07:00:00Z");

    @Autowired
    ProcessDriver driver;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    InteractionRepository interactions;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OutboxProperties properties;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    InteractionLog interactionLog;
    @Autowired
    DebtCaseRepository cases;
    @Autowired
    Holds holds;
    @Autowired
    ContactPolicy policy;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Clock clock;
    @Autowired
    DebtorRepository debtors;

    @BeforeEach
    void workingHours() {
        ClockUtil.setCurrentTime(Date.from(TUESDAY_10_MSK));
    }

    @Test
    void twoSendersHandLettersToTheSmtpServerInTheOrderTheyFellDue() {
        DebtorRequest debtor = Fixtures.organisation("ООО «Очередь»");
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("ORD"), debtor, "9000.00", LocalDate.of(2026, 1, 30)));
        int letters = 40;
        String longText = "Подробный расчёт задолженности. ".repeat(8_000);
        for (int i = 0; i < letters; i++) {
            // every other letter is long: built and sent side by side, a short letter would overtake it
            String text = i % 2 == 0 ? "Письмо " + i + ". " + longText : "Письмо " + i + ".";
            outbox.save(new OutboxMessage(r.caseId(), "order-" + r.caseId() + "-" + i, "TEST_LETTER", ContactChannel.EMAIL,
                    debtor.email(), "Письмо " + i, text, "<p>" + text + "</p>", null, TUESDAY_10_MSK.minusSeconds(letters - i)));
        }

        CompletableFuture.allOf(drain(), drain()).join();

        List<String> arrived = Arrays.stream(Mailbox.to(debtor.email())).map(ConcurrentSendersTest::subject).toList();
        assertThat(arrived).containsExactlyElementsOf(IntStream.range(0, letters).mapToObj(i -> "Письмо " + i).toList());
        List<Instant> sentAt = outbox.findByCaseIdOrderByIdAsc(r.caseId()).stream().map(OutboxMessage::getSentAt).toList();
        assertThat(sentAt).doesNotContainNull().isSorted();
    }

    @Test
    void inDueOrderALetterWaitsAtTheServerForTheLetterClaimedBeforeIt() throws Exception {
        HeldTransfer held = secondSenderWhileFirstHangs(true);

        awaitWaiting(held.second()); // its letter is built and checked; it waits for its turn
        assertThat(held.channel().delivered).isEmpty();
        held.channel().releaseFirst.countDown();
        held.first().join();
        held.second().join();

        assertThat(held.channel().delivered).containsExactly("A", "B");
    }

    @Test
    void withoutDueOrderTheTransfersOverlap() throws Exception {
        HeldTransfer held = secondSenderWhileFirstHangs(false);

        held.second().join(Duration.ofSeconds(20).toMillis());
        assertThat(held.second().isAlive()).as("the second letter went while the first one's transfer still hangs").isFalse();
        assertThat(held.channel().delivered).containsExactly("B");
        held.channel().releaseFirst.countDown();
        held.first().join();

        assertThat(held.channel().delivered).containsExactly("B", "A");
    }

    private record HeldTransfer(HeldChannel channel, Thread first, Thread second) {
    }

    /** One sender thread hangs in letter A's transfer; a second one has just started on letter B. */
    private HeldTransfer secondSenderWhileFirstHangs(boolean dueOrder) throws InterruptedException {
        HeldChannel channel = new HeldChannel();
        OutboxSender sender = senderOver(channel, dueOrder);
        twoLettersDueLongAgo();
        Thread first = deliverOne(sender);
        channel.firstHeld.await();
        return new HeldTransfer(channel, first, deliverOne(sender));
    }

    /** Letter A, then B, due before anything else on record: a sender's next claims are these two. */
    private void twoLettersDueLongAgo() {
        DebtorRequest debtor = Fixtures.organisation("ООО «Дальний сервер»");
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("HELD"), debtor, "3000.00", LocalDate.of(2026, 1, 30)));
        for (String letter : List.of("A", "B")) {
            outbox.save(new OutboxMessage(r.caseId(), "held-" + r.caseId() + "-" + letter, "TEST_LETTER", ContactChannel.EMAIL,
                    debtor.email(), letter, "Текст", "<p>Текст</p>", null,
                    Instant.parse("2000-01-01T00:00:00Z").plusSeconds(letter.equals("A") ? 0 : 1)));
        }
    }

    /** The production sender over a channel of the test's, one letter a batch. */
    private OutboxSender senderOver(Channel channel, boolean dueOrder) {
        OutboxProperties oneByOne = new OutboxProperties(properties.pollInterval(), 1, properties.maxAttempts(),
                properties.firstRetryAfter(), 2, dueOrder);
        return new OutboxSender(outbox, List.of(channel), transaction, interactionLog, cases, holds, policy, runtime,
                oneByOne, clock, debtors);
    }

    private static Thread deliverOne(OutboxSender sender) {
        Thread thread = new Thread(sender::deliverDue);
        thread.start();
        return thread;
    }

    private static void awaitWaiting(Thread thread) {
        within(() -> thread.getState() == Thread.State.WAITING, "the second sender waits for its turn");
    }

    /** A mail channel whose transfer of letter A hangs until the test lets it go, as a slow server's would. */
    private static final class HeldChannel implements Channel {
        final List<String> delivered = new CopyOnWriteArrayList<>();
        final CountDownLatch firstHeld = new CountDownLatch(1);
        final CountDownLatch releaseFirst = new CountDownLatch(1);

        @Override
        public ContactChannel type() {
            return ContactChannel.EMAIL;
        }

        @Override
        public String send(OutboxMessage message, String recipient) {
            if (message.getSubject().equals("A")) {
                firstHeld.countDown();
                try {
                    assertThat(releaseFirst.await(30, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            delivered.add(message.getSubject());
            return "held-" + message.getId();
        }
    }

    @Test
    void twoSendersNeverBothCountTheSameEarlierContactsOfAnIndividual() throws Exception {
        DebtorRequest debtor = new DebtorRequest("INDIVIDUAL", "Соколова Анна Викторовна", Fixtures.personInn(), null,
                Fixtures.email(), "+7 900 000-00-00", "г. Москва", "Europe/Moscow");
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("CAPR"), debtor, "4000.00", LocalDate.of(2026, 1, 30)));
        sms(r, debtor, 0);
        driver.deliverMail(); // the day's first message; 230-ФЗ allows two a day
        OutboxMessage second = sms(r, debtor, 1);
        OutboxMessage third = sms(r, debtor, 2);

        CompletableFuture<Void> firstSender;
        CompletableFuture<Void> secondSender;
        try (Connection evidenceHeld = dataSource.getConnection()) {
            // the first sender stops just before its evidence record commits, with the second message sent
            evidenceHeld.setAutoCommit(false);
            evidenceHeld.createStatement().execute("lock table inkasso.interaction in share mode");
            firstSender = drain();
            awaitBlockedSenders(1);
            secondSender = drain();
            awaitBlockedSenders(2); // at the evidence record, if it sent too; at the debtor, if it waits to count
            evidenceHeld.commit();
        }
        CompletableFuture.allOf(firstSender, secondSender).join();

        assertThat(outbox.findById(second.getId()).orElseThrow().getStatus()).isEqualTo(OutboxStatus.SENT);
        OutboxMessage over = outbox.findById(third.getId()).orElseThrow();
        assertThat(over.getStatus()).as("the day's third message waits").isEqualTo(OutboxStatus.PENDING);
        assertThat(over.getNextAttemptAt()).isAfter(TUESDAY_10_MSK);
        assertThat(interactions.findByCaseIdOrderByOccurredAtAscIdAsc(r.caseId()))
                .filteredOn(i -> i.getOutcome().equals("SENT")).hasSize(2);
    }

    private OutboxMessage sms(IntakeResult r, DebtorRequest debtor, int i) {
        return outbox.save(new OutboxMessage(r.caseId(), "caps-race-" + r.caseId() + "-" + i, "TEST_LETTER", ContactChannel.SMS,
                debtor.phone(), "Сообщение " + i, "Текст " + i, "<p>Текст " + i + "</p>", null, TUESDAY_10_MSK.minusSeconds(10 - i)));
    }

    /** A sender thread that works off everything due, as the poller's are. */
    private CompletableFuture<Void> drain() {
        return CompletableFuture.runAsync(() -> {
            while (sender.deliverDue() > 0) {
                // the next batch
            }
        });
    }

    private void awaitBlockedSenders(int count) {
        within(() -> waitingForLocks() >= count, count + " senders wait for a lock");
    }

    /** Until the condition holds, or fails the test after twenty seconds. */
    private static void within(java.util.function.BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    private int waitingForLocks() {
        return jdbc.queryForObject("select count(*) from pg_stat_activity where datname = current_database()"
                + " and wait_event_type = 'Lock'", Integer.class);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
