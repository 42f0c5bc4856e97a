package dev.inkasso.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Mailbox;
import dev.inkasso.workflow.DebtCaseProcess.Groups;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The managers' daily digest: mailed once a working day from its hour, to managers only, never twice. */
class RedFlagDigestTest extends ApiTest {
    private static final String DIGEST_MANAGER = "testdigestmanager";
    @Autowired
    RedFlagDigest digest;

    @Test
    void managersGetTheDigestOncePerWorkingDayFromItsHour() throws Exception {
        identity.ensureUser(DIGEST_MANAGER, PASSWORD, "Руководитель", Groups.MANAGERS);
        // Monday 3 March 2025, 07:30 in Moscow: not yet
        ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2025-03-03T04:30:00Z")));
        assertThat(digest.sendIfDue()).isFalse();
        assertThat(Mailbox.to(DIGEST_MANAGER + "@inkasso.local")).isEmpty();

        // 08:05 in Moscow: sent, once, however often it is asked
        ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2025-03-03T05:05:00Z")));
        assertThat(digest.sendIfDue()).isTrue();
        assertThat(digest.sendIfDue()).isFalse();
        assertThat(digest.send(LocalDate.of(2025, 3, 3))).isFalse();
        // one mail to all managers (the SMTP server keeps a copy per recipient's mailbox)
        MimeMessage[] mails = Mailbox.to(DIGEST_MANAGER + "@inkasso.local");
        assertThat(java.util.Arrays.stream(mails).map(RedFlagDigestTest::messageId).distinct()).containsExactly("<digest-2025-03-03@inkasso>");
        assertThat(mails[0].getAllRecipients()).extracting(Object::toString).contains(DIGEST_MANAGER + "@inkasso.local")
                .doesNotContain(OFFICER + "@inkasso.local");
        assertThat(mails[0].getSubject()).isEqualTo("Inkasso: сигналы на 03.03.2025");
        assertThat(Mailbox.text(mails[0])).contains("Просроченные задачи").contains("Истекает исковая давность")
                .contains("/dashboard");
        assertThat(Mailbox.to(OFFICER + "@inkasso.local")).noneMatch(m -> subject(m).startsWith("Inkasso: сигналы"));

        // Saturday: no digest
        ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2025-03-08T09:00:00Z")));
        assertThat(digest.sendIfDue()).isFalse();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
