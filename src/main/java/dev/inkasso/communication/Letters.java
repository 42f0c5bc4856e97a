package dev.inkasso.communication;

import dev.inkasso.format.RussianFormat;
import dev.inkasso.interaction.Direction;
import dev.inkasso.interaction.ContactChannel;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.debtor.Debtor;
import dev.inkasso.debtcase.Invoice;
import dev.inkasso.legal.ClaimAmounts;
import dev.inkasso.payment.Balance;
import dev.inkasso.payment.Balances;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.LazyContextVariable;

/**
 * Queues the automatic letters of a case. Runs inside the engine's transaction: the outbox row commits
 * with the process step or not at all, and a step that runs again finds its letter already queued.
 */
@Service
public class Letters {
    private static final Logger log = LoggerFactory.getLogger(Letters.class);

    private final DebtCaseRepository cases;
    private final Balances balances;
    private final LetterTemplates templates;
    private final OutboxRepository outbox;
    private final InteractionLog interactions;
    private final CreditorProperties creditor;
    private final ClaimAmounts claims;
    private final PaymentQr qr;
    private final String paymentLinkPattern;
    private final Clock clock;

    public Letters(DebtCaseRepository cases, Balances balances, LetterTemplates templates, OutboxRepository outbox,
                   InteractionLog interactions, CreditorProperties creditor, ClaimAmounts claims, PaymentQr qr,
                   @Value("${inkasso.creditor.payment-link:}") String paymentLinkPattern, Clock clock) {
        this.cases = cases;
        this.balances = balances;
        this.templates = templates;
        this.outbox = outbox;
        this.interactions = interactions;
        this.creditor = creditor;
        this.claims = claims;
        this.qr = qr;
        this.paymentLinkPattern = paymentLinkPattern;
        this.clock = clock;
    }

    @Transactional
    public void queue(long caseId, LetterKind kind) {
        queue(caseId, kind, "", Map.of());
    }

    /**
     * Queues a letter with extra model entries for its template; {@code occurrence} tells apart letters of
     * one kind that a case may get more than once (e.g. the schedule of a second plan).
     */
    @Transactional
    public void queue(long caseId, LetterKind kind, String occurrence, Map<String, Object> extra) {
        queue(caseId, kind, occurrence, extra, null);
    }

    /** As {@link #queue(long, LetterKind, String, Map)}, with a stored document (PDF) attached. */
    @Transactional
    public void queue(long caseId, LetterKind kind, String occurrence, Map<String, Object> extra, Long documentId) {
        String key = "case-" + caseId + ":" + kind.name() + (occurrence.isEmpty() ? "" : ":" + occurrence);
        if (outbox.existsByIdempotencyKey(key)) {
            log.info("Letter {} already queued, not queued again", key);
            return;
        }
        DebtCase debtCase = cases.findWithDebtorById(caseId).orElseThrow();
        Debtor debtor = debtCase.getInvoice().getDebtor();
        if (debtor.getEmail() == null) {
            interactions.record(caseId, ContactChannel.EMAIL, Direction.OUTBOUND, kind.name(), "NOT_SENT_NO_EMAIL",
                    InteractionLog.SYSTEM_ACTOR, kind.subject(debtCase.getInvoice().getNumber()),
                    "Нет адреса электронной почты должника: письмо не отправлено.");
            return;
        }
        Balance balance = balances.of(debtCase);
        String qrPayload = qr.payload(debtCase.getInvoice().getNumber(), balance.outstanding());
        LetterTemplates.RenderedLetter letter = templates.render(kind.template(),
                kind.subject(debtCase.getInvoice().getNumber()), model(debtCase, balance, qrPayload, extra));
        outbox.save(new OutboxMessage(caseId, key, kind.name(), ContactChannel.EMAIL, debtor.getEmail(), letter.subject(),
                letter.text(), letter.html(), qrPayload, clock.instant()).attach(documentId));
        log.info("Letter {} queued for case {}", kind, caseId);
    }

    /**
     * A letter to a business partner about a case (e.g. the case file for an agency), with a document
     * attached; it is not subject to the debtor contact policy.
     */
    @Transactional
    public void queueToPartner(long caseId, String key, String recipient, String subject, String text, Long documentId) {
        if (outbox.existsByIdempotencyKey(key)) {
            return;
        }
        String html = "<p>" + org.springframework.web.util.HtmlUtils.htmlEscape(text).replace("\n", "<br/>") + "</p>";
        outbox.save(new OutboxMessage(caseId, key, "PARTNER_LETTER", ContactChannel.EMAIL, recipient, subject, text, html,
                null, clock.instant()).attach(documentId).notToDebtor());
    }

    /** {@code inkasso.creditor.payment-link}, e.g. https://pay.example.ru/?invoice={invoice}&amount={amount}. */
    private String paymentLink(String invoiceNumber, java.math.BigDecimal amount) {
        if (paymentLinkPattern == null || paymentLinkPattern.isBlank()) {
            return null;
        }
        return paymentLinkPattern.replace("{invoice}", java.net.URLEncoder.encode(invoiceNumber, java.nio.charset.StandardCharsets.UTF_8))
                .replace("{amount}", amount.toPlainString());
    }

    private Map<String, Object> model(DebtCase debtCase, Balance balance, String qrPayload, Map<String, Object> extra) {
        Invoice invoice = debtCase.getInvoice();
        LocalDate today = creditor.today(clock);
        Map<String, Object> m = new HashMap<>();
        m.put("creditor", Map.of("name", creditor.name(), "inn", creditor.inn(), "phone", creditor.phone(),
                "bankName", creditor.bankName(), "bic", creditor.bic(), "account", creditor.account(),
                "correspondentAccount", creditor.correspondentAccount()));
        m.put("debtorName", invoice.getDebtor().getName());
        m.put("invoiceNumber", invoice.getNumber());
        m.put("contractRef", invoice.getContractRef());
        m.put("issueDate", RussianFormat.date(invoice.getIssueDate()));
        m.put("dueDate", RussianFormat.date(invoice.getDueDate()));
        m.put("daysOverdue", Math.max(0, ChronoUnit.DAYS.between(invoice.getDueDate(), today)));
        m.put("principal", RussianFormat.money(balance.principal()));
        m.put("paid", RussianFormat.money(balance.paid()));
        m.put("outstanding", RussianFormat.money(balance.outstanding()));
        m.put("partlyPaid", balance.paid().signum() > 0);
        m.put("penaltyRate", invoice.getPenaltyRatePerDay() == null ? null
                : RussianFormat.percent(invoice.getPenaltyRatePerDay()));
        m.put("qrPayload", qrPayload);
        m.put("paymentLink", paymentLink(invoice.getNumber(), balance.outstanding()));
        m.put("accruedLabel", invoice.getPenaltyRatePerDay() != null ? "Неустойка" : "Проценты по ст. 395 ГК РФ");
        // computed only if the letter's template shows it (the second notice; a template of inkasso.mail.template-dir
        // may too), once for both parts: otherwise every reminder of a wave reads the case's payments and key rates
        m.put("accrued", new LazyContextVariable<String>() {
            @Override
            protected String loadValue() {
                return claims.accruedToDate(debtCase.getId()).map(a -> RussianFormat.money(a.total())).orElse(null);
            }
        });
        m.putAll(extra);
        return m;
    }
}
