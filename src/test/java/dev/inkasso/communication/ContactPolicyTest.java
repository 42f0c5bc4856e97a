package dev.inkasso.communication;

import dev.inkasso.interaction.ContactChannel;
import dev.inkasso.interaction.InteractionRepository;
import static dev.inkasso.workflow.DebtCaseProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import dev.inkasso.support.Mailbox;
import dev.inkasso.support.ProcessDriver;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 230-ФЗ contact hours and caps, enforced by the sender in the debtor's own time zone. */
class ContactPolicyTest extends IntegrationTest {
    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");

    @Autowired
    ProcessDriver driver;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    InteractionRepository interactions;
    @Autowired
    ManagementService management;
    @Autowired
    ContactRestrictionRepository restrictions;

    private static DebtorRequest individualIn(ZoneId zone) {
        return new DebtorRequest("INDIVIDUAL", "Тихонов Пётр Ильич", Fixtures.personInn(), null, Fixtures.email(),
                "+7 914 000-00-00", "г. Владивосток", zone.getId());
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    @Test
    void aReminderDueAt2330MoscowTimeReachesVladivostokAtTheFirstAllowedMinute() {
        DebtorRequest debtor = individualIn(VLADIVOSTOK);
        at(Instant.parse("2026-02-09T07:00:00Z"));
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("VVO"), debtor, "15000.00", LocalDate.of(2026, 2, 5)));
        driver.fireTimer(r, TIMER_DUE_DATE);
        // the friendly reminder is queued on Tuesday 10.02.2026 at 23:30 Moscow time = Wednesday 06:30 in Vladivostok
        at(ZonedDateTime.of(2026, 2, 10, 23, 30, 0, 0, ZoneId.of("Europe/Moscow")).toInstant());
        management.executeJob(management.createJobQuery().processInstanceId(r.processInstanceId())
                .activityId(TIMER_FRIENDLY_REMINDER_DUE).singleResult().getId());

        driver.deliverMail();

        Instant firstAllowed = ZonedDateTime.of(2026, 2, 11, 8, 0, 0, 0, VLADIVOSTOK).toInstant();
        OutboxMessage letter = outbox.findByCaseIdOrderByIdAsc(r.caseId()).get(0);
        assertThat(letter.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(letter.getNextAttemptAt()).isEqualTo(firstAllowed);
        assertThat(Mailbox.to(debtor.email())).isEmpty();
        assertThat(interactions.findByCaseIdOrderByOccurredAtAscIdAsc(r.caseId()))
                .anySatisfy(i -> assertThat(i.getOutcome() + " " + i.getContent())
                        .startsWith("DEFERRED").contains("11.02.2026 08:00").contains("OUTSIDE_CONTACT_HOURS"));

        at(firstAllowed.minusSeconds(60));
        driver.deliverMail();
        assertThat(Mailbox.to(debtor.email())).isEmpty();

        at(firstAllowed);
        driver.deliverMail();
        assertThat(Mailbox.to(debtor.email())).hasSize(1);
    }

    @Test
    void messageCapsHoldOverASimulatedMonthAndNothingIsDropped() {
        DebtorRequest debtor = individualIn(ZoneId.of("Europe/Moscow"));
        Instant start = Instant.parse("2026-04-06T07:00:00Z"); // Monday 10:00 MSK
        at(start);
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("CAPS"), debtor, "5000.00", LocalDate.of(2026, 4, 1)));
        int letters = 20;
        for (int i = 0; i < letters; i++) {
            // mail and SMS alternate: 230-ФЗ counts messages over all channels together
            outbox.save(new OutboxMessage(r.caseId(), "caps-test-" + r.caseId() + "-" + i, "TEST_LETTER",
                    i % 2 == 0 ? ContactChannel.EMAIL : ContactChannel.SMS, i % 2 == 0 ? debtor.email() : debtor.phone(),
                    "Письмо " + i, "Текст " + i, "<p>Текст " + i + "</p>", null, start));
        }

        for (Instant t = start; t.isBefore(start.plus(Duration.ofDays(45))); t = t.plus(Duration.ofMinutes(30))) {
            at(t);
            driver.deliverMail();
        }

        List<ZonedDateTime> sent = interactions.findByCaseIdOrderByOccurredAtAscIdAsc(r.caseId()).stream()
                .filter(i -> i.getOutcome().equals("SENT")).map(i -> i.getOccurredAt().atZone(ZoneId.of("Europe/Moscow"))).toList();
        assertThat(sent).hasSize(letters);
        assertThat(countBy(sent, z -> z.toLocalDate().toString()).values()).allMatch(n -> n <= 2);
        assertThat(countBy(sent, z -> z.getYear() + "-W" + z.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).values()).allMatch(n -> n <= 4);
        assertThat(countBy(sent, z -> z.getYear() + "-" + z.getMonthValue()).values()).allMatch(n -> n <= 16);
        assertThat(sent).allMatch(z -> z.getHour() >= 8 && z.getHour() < 22);
        assertThat(Mailbox.to(debtor.email())).hasSize(letters / 2);
    }

    @Test
    void aBankruptDebtorIsNotContactedAndARepresentativeOnlyDebtorIsReachedThroughTheRepresentative() {
        at(Instant.parse("2026-02-03T07:00:00Z"));
        DebtorRequest bankrupt = Fixtures.organisation("ООО «Банкрот»");
        IntakeResult b = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("BANKR"), bankrupt, "1000.00", LocalDate.of(2026, 1, 30)));
        DebtorRequest represented = individualIn(ZoneId.of("Europe/Moscow"));
        IntakeResult p = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("REPR"), represented, "1000.00", LocalDate.of(2026, 1, 30)));
        long bankruptId = debtorOf(bankrupt);
        restrictions.save(new ContactRestriction(bankruptId, ContactRestrictionKind.BANKRUPTCY, LocalDate.of(2026, 1, 1), null,
                null, null, "Дело А40-1/2026", "test", Instant.now()));
        restrictions.save(new ContactRestriction(debtorOf(represented), ContactRestrictionKind.REPRESENTATIVE_ONLY, LocalDate.of(2026, 1, 1),
                null, "Адвокат Смирнова", "lawyer.smirnova@example.ru", null, "test", Instant.now()));
        for (IntakeResult r : List.of(b, p)) {
            driver.fireTimer(r, TIMER_DUE_DATE);
            driver.fireTimer(r, TIMER_FRIENDLY_REMINDER_DUE);
        }

        driver.deliverMail();

        assertThat(Mailbox.to(bankrupt.email())).isEmpty();
        assertThat(outbox.findByCaseIdOrderByIdAsc(b.caseId()).get(0).getDeferredReason()).isEqualTo("RESTRICTED_BANKRUPTCY");
        assertThat(Mailbox.to(represented.email())).isEmpty();
        assertThat(Mailbox.to("lawyer.smirnova@example.ru")).hasSize(1);
    }

    @Autowired
    dev.inkasso.debtor.DebtorRepository debtors;

    private long debtorOf(DebtorRequest debtor) {
        return debtors.findByInn(debtor.inn()).orElseThrow().getId();
    }

    private static <K> Map<K, Long> countBy(List<ZonedDateTime> times, java.util.function.Function<ZonedDateTime, K> key) {
        return times.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
