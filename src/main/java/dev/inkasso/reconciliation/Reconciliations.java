package dev.inkasso.reconciliation;

import dev.inkasso.communication.LetterKind;
import dev.inkasso.communication.Letters;
import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtor.Debtor;
import dev.inkasso.debtor.DebtorRepository;
import dev.inkasso.document.DebtorDocuments;
import dev.inkasso.document.Document;
import dev.inkasso.document.DocumentType;
import dev.inkasso.document.PdfRenderer;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.hold.HoldReason;
import dev.inkasso.hold.Holds;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.web.ConflictException;
import dev.inkasso.web.FieldProblem;
import dev.inkasso.web.InvalidInputException;
import dev.inkasso.web.NotFoundException;
import dev.inkasso.workflow.ReconciliationProcess;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciliation statements (акт сверки): generated from the debtor's ledger, stored as the debtor's document, mailed
 * to it (under the contact policy, through the outbox) and followed by an officer's task for what comes back. A signed
 * statement is the debtor's acknowledgement of every covered debt (ГК РФ ст. 203: the limitation period starts again
 * from the day of signing, docs/LEGAL.md); a disagreement opens a dispute on the invoice.
 */
@Service
public class Reconciliations {
    public enum Result { SIGNED, DISAGREED, NOT_RETURNED }

    /** Days the officer's task gives the debtor to sign and return the statement. */
    static final int RETURN_DAYS = 30;

    public record Sent(long reconciliationId, long documentId, String processInstanceId) {
    }

    public record Summary(long id, long debtorId, String debtorName, LocalDate periodFrom, LocalDate periodTo,
                          BigDecimal closingBalance, String status, Long anchorCaseId) {
    }

    private final JdbcClient jdbc;
    private final DebtorLedger ledger;
    private final DebtorRepository debtors;
    private final DebtorDocuments documents;
    private final PdfRenderer renderer;
    private final Letters letters;
    private final InteractionLog interactions;
    private final Holds holds;
    private final RuntimeService runtime;
    private final CreditorProperties creditor;
    private final Clock clock;

    Reconciliations(JdbcClient jdbc, DebtorLedger ledger, DebtorRepository debtors, DebtorDocuments documents,
                    PdfRenderer renderer, Letters letters, InteractionLog interactions, Holds holds, RuntimeService runtime,
                    CreditorProperties creditor, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.debtors = debtors;
        this.documents = documents;
        this.renderer = renderer;
        this.letters = letters;
        this.interactions = interactions;
        this.holds = holds;
        this.runtime = runtime;
        this.creditor = creditor;
        this.clock = clock;
    }

    /** Generates, stores and mails the statement of {@code from..to}, and opens the officer's task for its return. */
    @Transactional
    public Sent send(long debtorId, LocalDate from, LocalDate to, boolean scheduled, String actor) {
        Debtor debtor = debtors.findById(debtorId).orElseThrow(() -> new NotFoundException("No debtor " + debtorId));
        LocalDate today = creditor.today(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(FieldProblem.of("periodFrom", "is required (an ISO date)"));
        }
        if (to == null) {
            problems.add(FieldProblem.of("periodTo", "is required (an ISO date)"));
        } else if (to.isAfter(today)) {
            problems.add(FieldProblem.of("periodTo", "must not be in the future"));
        } else if (from != null && from.isAfter(to)) {
            problems.add(FieldProblem.of("periodFrom", "must not be after periodTo"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Long anchorCase = latestCase(debtorId)
                .orElseThrow(() -> new ConflictException("debtorId", "the debtor has no invoices to reconcile"));
        DebtorLedger.Statement statement = ledger.statement(debtorId, from, to);
        byte[] pdf = renderer.render("reconciliation-statement-debtor", model(debtor, statement, today));
        Document document = documents.store(debtorId, DocumentType.RECONCILIATION_STATEMENT, pdf, "application/pdf", actor);
        long id = jdbc.sql("""
                insert into inkasso.reconciliation (debtor_id, period_from, period_to, opening_balance, closing_balance,
                       document_id, status, scheduled, created_by, created_at)
                values (:debtor, :from, :to, :opening, :closing, :document, 'SENT', :scheduled, :actor, :now) returning id""")
                .param("debtor", debtorId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("opening", statement.opening()).param("closing", statement.closing()).param("document", document.getId())
                .param("scheduled", scheduled).param("actor", actor).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        for (Long caseId : statement.coveredCases()) {
            jdbc.sql("insert into inkasso.reconciliation_case (reconciliation_id, case_id) values (:id, :case)")
                    .param("id", id).param("case", caseId).update();
            interactions.system(caseId, "RECONCILIATION", "SENT", "Акт сверки № " + id + " за "
                    + period(statement) + " направлен должнику (сальдо " + RussianFormat.money(statement.closing()) + ")");
        }
        letters.queue(anchorCase, LetterKind.RECONCILIATION_STATEMENT, "reconciliation-" + id,
                Map.of("statementPeriod", period(statement), "statementBalance", RussianFormat.money(statement.closing())),
                document.getId());
        ZoneId zone = creditor.timeZone();
        String processInstanceId = runtime.startProcessInstanceByKey(ReconciliationProcess.KEY,
                ReconciliationProcess.BUSINESS_KEY_PREFIX + id, Variables.createVariables()
                        .putValue(ReconciliationProcess.Vars.RECONCILIATION_ID, id)
                        .putValue(ReconciliationProcess.Vars.RETURN_DUE_DATE,
                                java.util.Date.from(today.plusDays(RETURN_DAYS).atStartOfDay(zone).toInstant()))).getId();
        jdbc.sql("update inkasso.reconciliation set process_instance_id = :pi where id = :id")
                .param("pi", processInstanceId).param("id", id).update();
        return new Sent(id, document.getId(), processInstanceId);
    }

    /** The debtor signed: an acknowledgement of the debt on every covered case, from the day of signing. */
    @Transactional
    public void recordSigned(long id, LocalDate signedOn, Long scanDocumentId, String note, String actor) {
        Summary r = open(id);
        if (scanDocumentId != null) {
            Document scan = documents.get(r.debtorId(), scanDocumentId);
            if (scan.getType() != DocumentType.SIGNED_RECONCILIATION) {
                throw InvalidInputException.of(ReconciliationProcess.Vars.SCAN_DOCUMENT_ID, "is not an uploaded scan");
            }
        }
        close(id, Result.SIGNED, signedOn, scanDocumentId, note, actor);
        for (Long caseId : coveredCases(id)) {
            jdbc.sql("""
                    insert into inkasso.debt_acknowledgement (case_id, acknowledged_on, kind, reconciliation_id, document_id,
                           recorded_by, recorded_at)
                    values (:case, :on, 'RECONCILIATION_STATEMENT', :id, :document, :actor, :now)
                    on conflict do nothing""")
                    .param("case", caseId).param("on", Date.valueOf(signedOn)).param("id", id).param("document", scanDocumentId)
                    .param("actor", actor).param("now", Timestamp.from(clock.instant())).update();
            interactions.record(caseId, dev.inkasso.interaction.ContactChannel.POST, dev.inkasso.interaction.Direction.INBOUND,
                    "RECONCILIATION", "SIGNED", actor, "Подписанный акт сверки № " + id,
                    "Должник подписал акт сверки " + RussianFormat.date(signedOn) + ": признание долга (ст. 203 ГК РФ), "
                            + "срок исковой давности течёт заново" + (scanDocumentId == null ? "" : "; скан — документ № " + scanDocumentId));
        }
    }

    /** The debtor disagrees: a dispute (a DISPUTE hold) on the invoice it names, or on every open covered case. */
    @Transactional
    public List<Long> recordDisagreement(long id, String reason, String invoiceNumber, String actor) {
        Summary r = open(id);
        List<Long> disputed = new ArrayList<>();
        List<Long> covered = coveredCases(id);
        if (invoiceNumber != null) {
            Long caseId = jdbc.sql("""
                    select c.id from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id
                     where i.number = :number and i.debtor_id = :debtor""")
                    .param("number", invoiceNumber).param("debtor", r.debtorId()).query(Long.class).optional()
                    .orElseThrow(() -> InvalidInputException.of(ReconciliationProcess.Vars.DISPUTED_INVOICE_NUMBER,
                            "names no invoice of this debtor"));
            covered = List.of(caseId);
        }
        close(id, Result.DISAGREED, null, null, reason, actor);
        for (Long caseId : covered) {
            if (isOpen(caseId)) {
                holds.place(caseId, HoldReason.DISPUTE, null, "Несогласие с актом сверки № " + id + ": " + reason, actor);
                disputed.add(caseId);
            }
        }
        return disputed;
    }

    @Transactional
    public void recordNotReturned(long id, String note, String actor) {
        open(id);
        close(id, Result.NOT_RETURNED, null, null, note, actor);
        coveredCases(id).forEach(caseId -> interactions.system(caseId, "RECONCILIATION", "NOT_RETURNED",
                "Акт сверки № " + id + " должник не вернул"));
    }

    @Transactional(readOnly = true)
    public Summary get(long id) {
        return jdbc.sql("""
                select r.id, r.debtor_id, d.name, r.period_from, r.period_to, r.closing_balance, r.status,
                       (select max(c.id) from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id
                         where i.debtor_id = r.debtor_id) as anchor
                  from inkasso.reconciliation r join inkasso.debtor d on d.id = r.debtor_id where r.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Summary(rs.getLong("id"), rs.getLong("debtor_id"), rs.getString("name"),
                        rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(),
                        rs.getBigDecimal("closing_balance"), rs.getString("status"), (Long) rs.getObject("anchor")))
                .optional().orElseThrow(() -> new NotFoundException("No reconciliation " + id));
    }

    public static String period(LocalDate from, LocalDate to) {
        return RussianFormat.date(from) + " — " + RussianFormat.date(to);
    }

    private static String period(DebtorLedger.Statement s) {
        return period(s.from(), s.to());
    }

    private Summary open(long id) {
        Summary r = get(id);
        if (!"SENT".equals(r.status())) {
            throw new ConflictException(ReconciliationProcess.Vars.RECONCILIATION_RESULT, "the statement's return is recorded already");
        }
        return r;
    }

    private void close(long id, Result result, LocalDate signedOn, Long scanDocumentId, String note, String actor) {
        jdbc.sql("""
                update inkasso.reconciliation set status = :status, signed_on = :signed, scan_document_id = :scan, note = :note,
                       closed_by = :actor, closed_at = :now where id = :id""")
                .param("status", result.name()).param("signed", signedOn == null ? null : Date.valueOf(signedOn))
                .param("scan", scanDocumentId).param("note", note).param("actor", actor)
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
    }

    private List<Long> coveredCases(long id) {
        return jdbc.sql("select case_id from inkasso.reconciliation_case where reconciliation_id = :id order by case_id")
                .param("id", id).query(Long.class).list();
    }

    private boolean isOpen(long caseId) {
        return jdbc.sql("select status in ('OPEN', 'BANKRUPTCY') from inkasso.debt_case where id = :id")
                .param("id", caseId).query(Boolean.class).single();
    }

    private java.util.Optional<Long> latestCase(long debtorId) {
        return jdbc.sql("""
                select max(c.id) from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id where i.debtor_id = :debtor""")
                .param("debtor", debtorId).query(Long.class).optional();
    }

    private Map<String, Object> model(Debtor debtor, DebtorLedger.Statement s, LocalDate today) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", DocumentType.RECONCILIATION_STATEMENT.title());
        m.put("today", RussianFormat.date(today));
        m.put("creditor", Map.of("name", creditor.name(), "inn", creditor.inn()));
        m.put("debtor", Map.of("name", debtor.getName(), "inn", debtor.getInn()));
        m.put("periodFrom", RussianFormat.date(s.from()));
        m.put("periodTo", RussianFormat.date(s.to()));
        m.put("opening", RussianFormat.money(s.opening()));
        m.put("rows", s.entries().stream().map(e -> Map.of("date", RussianFormat.date(e.date()),
                "what", switch (e.kind()) {
                    case INVOICE -> "Счёт № " + e.invoiceNumber();
                    case PAYMENT -> "Оплата по счёту № " + e.invoiceNumber();
                    case WRITE_OFF -> "Списание по счёту № " + e.invoiceNumber();
                },
                "debit", e.debit().signum() == 0 ? "" : RussianFormat.money(e.debit()),
                "credit", e.credit().signum() == 0 ? "" : RussianFormat.money(e.credit()))).toList());
        m.put("debit", RussianFormat.money(s.debit()));
        m.put("credit", RussianFormat.money(s.credit()));
        m.put("closing", RussianFormat.money(s.closing()));
        m.put("closingIsDebt", s.closing().signum() > 0);
        return m;
    }
}
