package dev.inkasso.reporting;

import dev.inkasso.communication.MailProperties;
import dev.inkasso.config.CreditorProperties;
import dev.inkasso.workflow.DebtCaseProcess.Groups;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The managers' daily red-flag digest: on working days from {@code inkasso.digest.hour} (creditor's zone), one mail
 * to every manager with an address — incidents, overdue tasks, failed letters, unmatched payments, broken promises,
 * cases near limitation, growing balances, repeated lateness — each with its link. The day is claimed in
 * {@code manager_digest} before sending, so a second node or a second tick does not send it again; a failed send
 * releases the claim for the next tick. (A crash between the send and the record sends it again, with the same
 * Message-ID, which mail servers recognise.)
 */
@Service
public class RedFlagDigest {
    private static final Logger log = LoggerFactory.getLogger(RedFlagDigest.class);
    private final JdbcTemplate jdbc;
    private final Dashboard dashboard;
    private final BookReport book;
    private final IdentityService identity;
    private final JavaMailSenderImpl mail;
    private final MailProperties mailProperties;
    private final TemplateEngine templates;
    private final CreditorProperties creditor;
    private final Clock clock;
    private final int hour;
    private final String publicUrl;

    RedFlagDigest(JdbcTemplate jdbc, Dashboard dashboard, BookReport book, IdentityService identity, JavaMailSenderImpl mail,
                  MailProperties mailProperties, TemplateEngine templates, CreditorProperties creditor, Clock clock,
                  @Value("${inkasso.digest.hour:8}") int hour, @Value("${inkasso.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.dashboard = dashboard;
        this.book = book;
        this.identity = identity;
        this.mail = mail;
        this.mailProperties = mailProperties;
        this.templates = templates;
        this.creditor = creditor;
        this.clock = clock;
        this.hour = hour;
        this.publicUrl = publicUrl;
    }

    /** Sends today's digest if it is time and nobody has; true when this call sent it. */
    public boolean sendIfDue() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(creditor.timeZone()));
        LocalDate today = now.toLocalDate();
        if (now.getHour() < hour || today.getDayOfWeek() == DayOfWeek.SATURDAY || today.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return send(today);
    }

    /** Sends the digest of {@code day} unless it was sent (or is being sent) already. */
    public boolean send(LocalDate day) {
        if (!claim(day)) {
            return false;
        }
        try {
            List<String> recipients = managers();
            if (!recipients.isEmpty()) {
                mail.send(message(day, recipients));
            }
            jdbc.update("update inkasso.manager_digest set status = 'SENT', sent_at = ?, recipients = ? where day = ?",
                    Timestamp.from(clock.instant()), recipients.size(), Date.valueOf(day));
            return true;
        } catch (MessagingException | RuntimeException e) { // MailException is a RuntimeException
            // release the claim: the next tick tries again
            jdbc.update("delete from inkasso.manager_digest where day = ? and status = 'SENDING'", Date.valueOf(day));
            log.warn("Managers' digest of {} not sent: {}", day, e.getClass().getSimpleName());
            return false;
        }
    }

    private boolean claim(LocalDate day) {
        return jdbc.update("""
                insert into inkasso.manager_digest (day, status, attempts, claimed_at) values (?, 'SENDING', 1, ?)
                on conflict (day) do nothing""", Date.valueOf(day), Timestamp.from(clock.instant())) == 1;
    }

    private List<String> managers() {
        return identity.createUserQuery().memberOfGroup(Groups.MANAGERS).list().stream()
                .map(User::getEmail).filter(Objects::nonNull).filter(e -> !e.isBlank()).distinct().sorted().toList();
    }

    private MimeMessage message(LocalDate day, List<String> recipients) throws MessagingException {
        Map<String, Object> overview = dashboard.overview();
        BookReport.Report report = book.report(null, null);
        Context context = new Context(java.util.Locale.forLanguageTag("ru"));
        context.setVariable("day", dev.inkasso.format.RussianFormat.date(day));
        context.setVariable("flags", overview.get("redFlags"));
        context.setVariable("r", report);
        context.setVariable("url", publicUrl);
        String html = templates.process("web/digest", context);
        String messageId = "<digest-" + day + "@inkasso>";
        MimeMessage mime = dev.inkasso.communication.StableMessageId.message(mail.getSession(), messageId);
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        helper.setFrom(mailProperties.from());
        helper.setTo(recipients.toArray(String[]::new));
        helper.setSubject("Inkasso: сигналы на " + dev.inkasso.format.RussianFormat.date(day));
        helper.setText(html.replaceAll("<[^>]+>", " ").replaceAll("[ \\t]+", " ").replaceAll("(\\s*\\n)+", "\n").trim(), html);
        return mime;
    }
}
