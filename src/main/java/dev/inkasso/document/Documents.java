package dev.inkasso.document;

import dev.inkasso.interaction.ContactChannel;
import dev.inkasso.interaction.Direction;
import dev.inkasso.interaction.Interaction;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.debtor.Debtor;
import dev.inkasso.debtcase.Invoice;
import dev.inkasso.legal.ClaimAmount;
import dev.inkasso.legal.ClaimAmounts;
import dev.inkasso.legal.DatedAmount;
import dev.inkasso.legal.Period;
import dev.inkasso.payment.Balance;
import dev.inkasso.payment.Balances;
import dev.inkasso.web.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a case's documents as PDF and stores each as a new immutable version with its SHA-256; every
 * generation is an interaction on the case. Figures come from the same calculation as the case view.
 */
@Service
public class Documents {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final DocumentRepository documents;
    private final DebtCaseRepository cases;
    private final PdfRenderer renderer;
    private final ClaimAmounts claims;
    private final Balances balances;
    private final InteractionLog interactions;
    private final CreditorProperties creditor;
    private final Clock clock;

    public Documents(DocumentRepository documents, DebtCaseRepository cases, PdfRenderer renderer, ClaimAmounts claims,
                     Balances balances, InteractionLog interactions, CreditorProperties creditor, Clock clock) {
        this.documents = documents;
        this.cases = cases;
        this.renderer = renderer;
        this.claims = claims;
        this.balances = balances;
        this.interactions = interactions;
        this.creditor = creditor;
        this.clock = clock;
    }

    /** Generates a new version; {@code extra} adds template entries (e.g. the claim period, the agency). */
    @Transactional
    public Document generate(long caseId, DocumentType type, String actor, Map<String, Object> extra) {
        DebtCase debtCase = cases.findById(caseId).orElseThrow(() -> new NotFoundException("No debt case " + caseId));
        Map<String, Object> model = common(debtCase, type);
        switch (type) {
            case PRE_TRIAL_CLAIM, DEBT_CALCULATION, COURT_ORDER_APPLICATION, STATEMENT_OF_CLAIM -> model.putAll(claim(caseId));
            case RECONCILIATION_STATEMENT -> model.putAll(reconciliation(debtCase));
            case AGENCY_CASE_FILE, INTERACTION_LOG -> model.put("interactions", interactionRows(caseId, debtCase));
            default -> {
                // AGENCY_NOTICE, ENFORCEMENT_APPLICATION, BANK_ENFORCEMENT_APPLICATION: the common model and extra
            }
        }
        model.putAll(extra);
        byte[] pdf = renderer.render(type.template(), model);
        Document saved = documents.save(new Document(caseId, type, documents.lastVersion(caseId, type) + 1, pdf,
                sha256(pdf), actor, clock.instant()));
        interactions.record(caseId, ContactChannel.SYSTEM, Direction.INTERNAL, "DOCUMENT", "GENERATED", actor,
                type.title() + " (версия " + saved.getVersion() + ")", "SHA-256 " + saved.getSha256());
        return saved;
    }

    @Transactional(readOnly = true)
    public List<Document> of(long caseId) {
        return documents.findByCaseIdOrderByIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    public Document get(long caseId, long documentId) {
        return documents.findByIdAndCaseId(documentId, caseId)
                .orElseThrow(() -> new NotFoundException("No document " + documentId + " of case " + caseId));
    }

    private Map<String, Object> common(DebtCase debtCase, DocumentType type) {
        Invoice invoice = debtCase.getInvoice();
        Debtor debtor = invoice.getDebtor();
        Balance balance = balances.of(debtCase);
        Map<String, Object> m = new HashMap<>();
        m.put("title", type.title());
        m.put("today", RussianFormat.date(claims.today()));
        m.put("creditor", Map.of("name", creditor.name(), "inn", creditor.inn(), "phone", creditor.phone(),
                "bankName", creditor.bankName(), "bic", creditor.bic(), "account", creditor.account(),
                "correspondentAccount", creditor.correspondentAccount(),
                "ogrn", creditor.ogrn() == null ? "" : creditor.ogrn(), "address", creditor.address() == null ? "" : creditor.address()));
        Map<String, Object> d = new HashMap<>();
        d.put("name", debtor.getName());
        d.put("inn", debtor.getInn());
        d.put("ogrn", debtor.getOgrn() == null ? "" : debtor.getOgrn());
        d.put("address", debtor.getAddress() == null ? "" : debtor.getAddress());
        d.put("email", debtor.getEmail() == null ? "" : debtor.getEmail());
        d.put("phone", debtor.getPhone() == null ? "" : debtor.getPhone());
        m.put("debtor", d);
        m.put("invoiceNumber", invoice.getNumber());
        m.put("contractRef", invoice.getContractRef() == null ? "" : invoice.getContractRef());
        m.put("issueDate", RussianFormat.date(invoice.getIssueDate()));
        m.put("dueDate", RussianFormat.date(invoice.getDueDate()));
        m.put("principal", RussianFormat.money(balance.principal()));
        m.put("paid", RussianFormat.money(balance.paid()));
        m.put("outstanding", RussianFormat.money(balance.outstanding()));
        return m;
    }

    private Map<String, Object> claim(long caseId) {
        ClaimAmount claim = claims.of(caseId, claims.today());
        Map<String, Object> m = new HashMap<>();
        m.put("claimPrincipal", RussianFormat.money(claim.principal()));
        m.put("interest", RussianFormat.money(claim.interest()));
        m.put("penalties", RussianFormat.money(claim.penalties()));
        m.put("claimed", RussianFormat.money(claim.claimed()));
        m.put("stateFee", RussianFormat.money(claim.stateFee()));
        m.put("claimTotal", RussianFormat.money(claim.total()));
        m.put("stateFeeUnconfirmed", claim.unconfirmed());
        m.put("hasInterest", claim.interest().signum() > 0);
        m.put("hasPenalties", claim.penalties().signum() > 0);
        m.put("periods", rows(claim.interestPeriods().isEmpty() ? claim.penaltyPeriods() : claim.interestPeriods(),
                claim.interestPeriods().isEmpty()));
        return m;
    }

    private static List<Map<String, String>> rows(List<Period> periods, boolean perDay) {
        return periods.stream().map(p -> Map.of(
                "from", RussianFormat.date(p.from()), "to", RussianFormat.date(p.to()),
                "days", String.valueOf(p.days()),
                "daysInYear", p.daysInYear() == null ? "—" : String.valueOf(p.daysInYear()),
                "rate", RussianFormat.percent(p.rate()) + (perDay ? " в день" : " годовых"),
                "base", RussianFormat.money(p.base()), "amount", RussianFormat.money(p.amount()))).toList();
    }

    private Map<String, Object> reconciliation(DebtCase debtCase) {
        Invoice invoice = debtCase.getInvoice();
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(Map.of("date", RussianFormat.date(invoice.getIssueDate()), "what", "Счёт № " + invoice.getNumber(),
                "debit", RussianFormat.money(invoice.getAmount()), "credit", ""));
        for (DatedAmount p : claims.payments(debtCase.getId())) {
            rows.add(Map.of("date", RussianFormat.date(p.date()), "what", "Оплата", "debit", "", "credit", RussianFormat.money(p.amount())));
        }
        Balance balance = balances.of(debtCase);
        if (balance.writtenOff().signum() > 0) {
            rows.add(Map.of("date", RussianFormat.date(claims.today()), "what", "Списание", "debit", "",
                    "credit", RussianFormat.money(balance.writtenOff())));
        }
        return Map.of("rows", rows, "totalDebit", RussianFormat.money(invoice.getAmount()),
                "totalCredit", RussianFormat.money(balance.paid().add(balance.writtenOff())),
                "balanceDate", RussianFormat.date(claims.today()));
    }

    private List<Map<String, String>> interactionRows(long caseId, DebtCase debtCase) {
        ZoneId zone = creditor.timeZone();
        return interactions.of(caseId).stream().map((Interaction i) -> Map.of(
                "when", STAMP.format(i.getOccurredAt().atZone(zone)), "channel", i.getChannel().name(),
                "direction", i.getDirection().name(), "kind", i.getKind(), "outcome", i.getOutcome(),
                "actor", i.getActor(), "subject", i.getSubject() == null ? "" : i.getSubject(),
                "content", i.getContent() == null ? "" : i.getContent())).toList();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
