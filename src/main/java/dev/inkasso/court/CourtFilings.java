package dev.inkasso.court;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.inkasso.claim.PreTrialClaimRepository;
import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.debtcase.Invoice;
import dev.inkasso.document.Document;
import dev.inkasso.document.DocumentType;
import dev.inkasso.document.Documents;
import dev.inkasso.legal.Court;
import dev.inkasso.legal.CourtRoute;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filing a lawyer takes to court: the application (заявление о выдаче судебного приказа, or исковое
 * заявление) with the parties, the court, the claim split into principal, interest or penalty to the filing date
 * and state fee, the legal grounds and the attachments; a fresh debt calculation; the interaction log; the
 * pre-trial claim and its postal proof; the invoice data — as one ZIP with a manifest.
 */
@Service
public class CourtFilings {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final CourtCases courtCases;
    private final Documents documents;
    private final DebtCaseRepository cases;
    private final PreTrialClaimRepository preTrialClaims;
    private final EFilingGateway gateway;

    CourtFilings(CourtCases courtCases, Documents documents, DebtCaseRepository cases, PreTrialClaimRepository preTrialClaims,
                 EFilingGateway gateway) {
        this.courtCases = courtCases;
        this.documents = documents;
        this.cases = cases;
        this.preTrialClaims = preTrialClaims;
        this.gateway = gateway;
    }

    /** Generates the application and a fresh calculation and interaction log, and hands the package to the gateway. */
    @Transactional
    public Document prepare(long caseId, String actor) {
        CourtCase court = courtCases.get(caseId);
        DocumentType type = applicationType(court);
        Document application = documents.generate(caseId, type, actor, model(court));
        documents.generate(caseId, DocumentType.DEBT_CALCULATION, actor, Map.of());
        documents.generate(caseId, DocumentType.INTERACTION_LOG, actor, Map.of());
        gateway.submit(caseId, filingPackage(caseId));
        return application;
    }

    /** The latest version of every document of the filing, plus the claim's postal proof and the invoice data. */
    @Transactional(readOnly = true)
    public FilingPackage filingPackage(long caseId) {
        CourtCase court = courtCases.get(caseId);
        List<FilingPackage.File> files = new ArrayList<>();
        for (DocumentType type : List.of(applicationType(court), DocumentType.DEBT_CALCULATION, DocumentType.PRE_TRIAL_CLAIM,
                DocumentType.INTERACTION_LOG)) {
            documents.of(caseId).stream().filter(d -> d.getType() == type).max(Comparator.comparingInt(Document::getVersion))
                    .ifPresent(d -> files.add(new FilingPackage.File(d.fileName(), type.name(), d.getContent(), d.getSha256())));
        }
        preTrialClaims.findFirstByCaseIdOrderByIdDesc(caseId).ifPresent(claim -> {
            Map<String, Object> proof = new LinkedHashMap<>();
            proof.put("sentAt", claim.getSentAt());
            proof.put("registeredPostTrackingNumber", claim.getTrackingNumber());
            proof.put("claimPeriodDays", claim.getPeriodDays());
            proof.put("status", claim.getStatus().name());
            files.add(json("pre-trial-claim-postal-proof.json", "PRE_TRIAL_CLAIM_POSTAL_PROOF", proof));
        });
        files.add(json("invoice.json", "INVOICE", invoiceData(caseId)));
        List<Map<String, String>> manifest = files.stream().map(f -> Map.of("file", f.name(), "type", f.type(), "sha256", f.sha256())).toList();
        byte[] manifestBytes = write(Map.of("caseId", caseId, "files", manifest));
        return new FilingPackage(files, manifestBytes, Documents.sha256(manifestBytes));
    }

    public static byte[] zip(FilingPackage filing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (FilingPackage.File file : filing.files()) {
                zip.putNextEntry(new ZipEntry(file.name()));
                zip.write(file.content());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(filing.manifest());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static DocumentType applicationType(CourtCase court) {
        return court.getProcedure() == CourtRoute.Procedure.COURT_ORDER ? DocumentType.COURT_ORDER_APPLICATION
                : DocumentType.STATEMENT_OF_CLAIM;
    }

    private Map<String, Object> model(CourtCase court) {
        boolean arbitration = court.getCourt() == Court.ARBITRATION;
        boolean order = court.getProcedure() == CourtRoute.Procedure.COURT_ORDER;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("courtAddressee", arbitration ? "В арбитражный суд по месту нахождения ответчика (ст. 35 АПК РФ)"
                : order ? "Мировому судье судебного участка по месту жительства (нахождения) должника (ст. 123 ГПК РФ)"
                : "В суд общей юрисдикции по месту жительства (нахождения) ответчика (ст. 28 ГПК РФ)");
        m.put("creditorRole", order ? "Взыскатель" : "Истец");
        m.put("debtorRole", order ? "Должник" : "Ответчик");
        m.put("procedureName", CourtCases.procedureName(court.getProcedure()));
        m.put("priorOrderCancelled", court.getResult() == CourtResult.ORDER_CANCELLED);
        m.put("legalGrounds", grounds(arbitration, order));
        m.put("attachments", List.of("Расчёт задолженности", "Копия претензии и документ о её направлении (почтовый идентификатор)",
                "Документ об уплате государственной пошлины", "Копия счёта" + (invoiceRef(court.getCaseId())),
                "Журнал взаимодействия с должником", arbitration ? "Выписка из ЕГРЮЛ/ЕГРИП о должнике" : "Сведения о должнике",
                "Доверенность представителя"));
        return m;
    }

    private static String grounds(boolean arbitration, boolean order) {
        String substance = "ст. 307, 309, 310, 395 ГК РФ";
        if (arbitration) {
            return substance + (order ? ", ст. 229.1–229.3 АПК РФ" : ", ст. 4, 125, 126 АПК РФ");
        }
        return substance + (order ? ", ст. 121–124 ГПК РФ" : ", ст. 131, 132 ГПК РФ");
    }

    private String invoiceRef(long caseId) {
        Invoice invoice = invoice(caseId);
        return invoice.getContractRef() == null ? "" : " и договора " + invoice.getContractRef();
    }

    private Map<String, Object> invoiceData(long caseId) {
        Invoice invoice = invoice(caseId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("invoiceNumber", invoice.getNumber());
        data.put("contractRef", invoice.getContractRef());
        data.put("issueDate", invoice.getIssueDate());
        data.put("dueDate", invoice.getDueDate());
        data.put("amount", invoice.getAmount());
        data.put("currency", invoice.getCurrency());
        data.put("debtorName", invoice.getDebtor().getName());
        data.put("debtorInn", invoice.getDebtor().getInn());
        data.put("debtorOgrn", invoice.getDebtor().getOgrn());
        data.put("debtorAddress", invoice.getDebtor().getAddress());
        return data;
    }

    private Invoice invoice(long caseId) {
        DebtCase debtCase = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("No debt case " + caseId));
        return debtCase.getInvoice();
    }

    private static FilingPackage.File json(String name, String type, Object value) {
        byte[] content = write(value);
        return new FilingPackage.File(name, type, content, Documents.sha256(content));
    }

    private static byte[] write(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
