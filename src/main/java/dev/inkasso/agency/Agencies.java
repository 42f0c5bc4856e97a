package dev.inkasso.agency;

import dev.inkasso.interaction.ContactChannel;
import dev.inkasso.interaction.Direction;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.communication.LetterKind;
import dev.inkasso.communication.Letters;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.debtor.DebtorType;
import dev.inkasso.document.Document;
import dev.inkasso.document.DocumentType;
import dev.inkasso.document.Documents;
import dev.inkasso.payment.Balances;
import dev.inkasso.workflow.TimelineProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placing a case with a collector agency: the agency is chosen by rule (it accepts the debtor type and
 * amount; individuals only with a registered agency; lowest commission first) or by a manager; the case file
 * goes through the {@link AgencyGateway}; an individual debtor is notified (230-ФЗ ст. 9).
 */
@Service
public class Agencies {
    private final AgencyRepository agencies;
    private final AgencyPlacementRepository placements;
    private final AgencyReportRepository reports;
    private final DebtCaseRepository cases;
    private final Balances balances;
    private final Documents documents;
    private final Letters letters;
    private final AgencyGateway gateway;
    private final InteractionLog interactions;
    private final TimelineProperties timeline;
    private final Clock clock;

    public Agencies(AgencyRepository agencies, AgencyPlacementRepository placements, AgencyReportRepository reports,
                    DebtCaseRepository cases, Balances balances, Documents documents, Letters letters,
                    AgencyGateway gateway, InteractionLog interactions, TimelineProperties timeline, Clock clock) {
        this.agencies = agencies;
        this.placements = placements;
        this.reports = reports;
        this.cases = cases;
        this.balances = balances;
        this.documents = documents;
        this.letters = letters;
        this.gateway = gateway;
        this.interactions = interactions;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The agency the rules pick for a case, if any accepts it. */
    @Transactional(readOnly = true)
    public Optional<Agency> choose(long caseId) {
        DebtCase debtCase = cases.findById(caseId).orElseThrow();
        DebtorType type = debtCase.getInvoice().getDebtor().getType();
        BigDecimal outstanding = balances.of(debtCase).outstanding();
        return agencies.findAllByOrderByCommissionPercentAscIdAsc().stream().filter(a -> a.accepts(type, outstanding)).findFirst();
    }

    @Transactional
    public AgencyPlacement place(long caseId, long agencyId, String processInstanceId) {
        Agency agency = agencies.findById(agencyId).orElseThrow();
        Instant now = clock.instant();
        Instant slaUntil = now.plus(timeline.agencySla());
        BigDecimal outstanding = balances.of(caseId).outstanding();
        AgencyPlacement placement = placements.save(new AgencyPlacement(caseId, agencyId, processInstanceId, now, slaUntil, outstanding));
        Map<String, Object> about = about(agency);
        Document caseFile = documents.generate(caseId, DocumentType.AGENCY_CASE_FILE, InteractionLog.SYSTEM_ACTOR, about);
        gateway.handOver(agency, placement, caseFile);
        DebtCase debtCase = cases.findById(caseId).orElseThrow();
        if (debtCase.getInvoice().getDebtor().getType() == DebtorType.INDIVIDUAL) {
            Document notice = documents.generate(caseId, DocumentType.AGENCY_NOTICE, InteractionLog.SYSTEM_ACTOR, about);
            letters.queue(caseId, LetterKind.AGENCY_NOTICE, "placement-" + placement.getId(), about, notice.getId());
        }
        interactions.record(caseId, ContactChannel.SYSTEM, Direction.INTERNAL, "AGENCY", "PLACED", InteractionLog.SYSTEM_ACTOR,
                agency.getName(), "Передано в агентство до " + slaUntil);
        return placement;
    }

    @Transactional
    public void recall(long placementId, String reason) {
        AgencyPlacement placement = placements.findById(placementId).orElseThrow();
        if (placement.getStatus() != AgencyPlacement.Status.PLACED) {
            return;
        }
        placement.end(reason.equals("UNCOLLECTABLE") ? AgencyPlacement.Status.UNCOLLECTABLE : AgencyPlacement.Status.RECALLED,
                reason, clock.instant());
        Agency agency = agencies.findById(placement.getAgencyId()).orElseThrow();
        gateway.recall(agency, placement, reason);
        interactions.system(placement.getCaseId(), "AGENCY", "RECALLED", agency.getName() + ": " + reason
                + ". Взыскано агентством: " + RussianFormat.money(reports.collected(placementId))
                + ", комиссия: " + RussianFormat.money(commission(placementId)));
    }

    /** Per agency: cases placed, amount placed, collected, recovery rate and commission owed (the manager dashboard). */
    @Transactional(readOnly = true)
    public java.util.List<Map<String, Object>> performance() {
        return agencies.findAllByOrderByCommissionPercentAscIdAsc().stream().map(a -> {
            java.util.List<AgencyPlacement> placed = placements.findByAgencyId(a.getId());
            BigDecimal amount = placed.stream().map(AgencyPlacement::getPlacedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal collected = placed.stream().map(p -> reports.collected(p.getId())).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal commission = placed.stream().map(p -> commission(p.getId())).reduce(BigDecimal.ZERO, BigDecimal::add);
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("id", a.getId());
            row.put("name", a.getName());
            row.put("commissionPercent", a.getCommissionPercent());
            row.put("slaDays", a.getSlaDays());
            row.put("acceptsTypes", a.getAcceptsTypes());
            row.put("registryNumber", a.getRegistryNumber());
            row.put("placements", placed.size());
            row.put("placedAmount", amount.setScale(2));
            row.put("collected", collected.setScale(2));
            row.put("recoveryRate", amount.signum() == 0 ? BigDecimal.ZERO : collected.divide(amount, 4, RoundingMode.HALF_UP));
            row.put("commissionOwed", commission.setScale(2));
            return row;
        }).toList();
    }

    /** Commission owed to the agency: its percentage of what it collected. */
    @Transactional(readOnly = true)
    public BigDecimal commission(long placementId) {
        AgencyPlacement placement = placements.findById(placementId).orElseThrow();
        BigDecimal percent = agencies.findById(placement.getAgencyId()).orElseThrow().getCommissionPercent();
        return reports.collected(placementId).multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    private static Map<String, Object> about(Agency agency) {
        Map<String, Object> about = new HashMap<>();
        about.put("agencyName", agency.getName());
        about.put("agencyEmail", agency.getEmail());
        about.put("agencyRegistry", agency.getRegistryNumber());
        return about;
    }
}
