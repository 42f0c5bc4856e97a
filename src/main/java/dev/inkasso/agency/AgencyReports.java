package dev.inkasso.agency;

import dev.inkasso.hold.Holds;

import dev.inkasso.interaction.ContactChannel;
import dev.inkasso.interaction.Direction;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.debtcase.CaseLocks;
import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.payment.PaymentIntake;
import dev.inkasso.payment.PaymentRequest;
import dev.inkasso.web.FieldProblem;
import dev.inkasso.web.InvalidInputException;
import dev.inkasso.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports an agency sends about a case it holds: money collected (recorded as a payment of the case, so the
 * balance and the process see it), contact results (logged), or "uncollectable" (the case is recalled).
 * A report for a case the agency does not hold is refused and changes nothing.
 */
@Service
public class AgencyReports {
    public static final String MSG_UNCOLLECTABLE = dev.inkasso.workflow.DebtCaseProcess.MSG_AGENCY_REPORTED_UNCOLLECTABLE;

    public record Request(Long caseId, String invoiceNumber, String reportId, AgencyReport.Kind kind, BigDecimal amount,
                          String paidAt, String note) {
    }

    /** The report names no case this agency holds (answered 422). */
    public static class UnknownPlacementException extends RuntimeException {
        public UnknownPlacementException(String message) {
            super(message);
        }
    }

    private final AgencyRepository agencies;
    private final AgencyPlacementRepository placements;
    private final AgencyReportRepository reports;
    private final DebtCaseRepository cases;
    private final PaymentIntake payments;
    private final InteractionLog interactions;
    private final RuntimeService runtime;
    private final Holds holds;
    private final CaseLocks caseLocks;
    private final Clock clock;

    public AgencyReports(AgencyRepository agencies, AgencyPlacementRepository placements, AgencyReportRepository reports,
                         DebtCaseRepository cases, PaymentIntake payments, InteractionLog interactions,
                         RuntimeService runtime, Holds holds, CaseLocks caseLocks, Clock clock) {
        this.caseLocks = caseLocks;
        this.agencies = agencies;
        this.placements = placements;
        this.reports = reports;
        this.cases = cases;
        this.payments = payments;
        this.interactions = interactions;
        this.runtime = runtime;
        this.holds = holds;
        this.clock = clock;
    }

    @Transactional
    public boolean receive(long agencyId, Request r) {
        Agency agency = agencies.findById(agencyId).orElseThrow(() -> new NotFoundException("No agency " + agencyId));
        validate(r);
        if (reports.existsByExternalId(agencyId + ":" + r.reportId())) {
            return false;
        }
        DebtCase debtCase = (r.caseId() != null ? cases.findById(r.caseId()) : cases.findByInvoiceNumber(r.invoiceNumber()))
                .orElseThrow(() -> new UnknownPlacementException("no such case"));
        caseLocks.lock(debtCase); // one writer per case, before the report and its payment touch the engine
        if (reports.existsByExternalId(agencyId + ":" + r.reportId())) {
            return false; // the same report, posted at the same time, was recorded while this one waited
        }
        AgencyPlacement placement = placements.findFirstByCaseIdAndAgencyIdOrderByIdDesc(debtCase.getId(), agencyId)
                .orElseThrow(() -> new UnknownPlacementException("case " + debtCase.getId() + " was never placed with agency " + agencyId));
        reports.save(new AgencyReport(placement.getId(), agencyId + ":" + r.reportId(), r.kind(), r.amount(), r.note(), clock.instant()));
        switch (r.kind()) {
            case PAYMENT_COLLECTED -> payments.receive(new PaymentRequest("agency-" + agencyId + "-" + r.reportId(),
                    debtCase.getInvoice().getNumber(), r.amount(), r.paidAt() != null ? r.paidAt() : clock.instant().toString(), "OTHER"));
            case CONTACT_RESULT -> interactions.record(debtCase.getId(), ContactChannel.PHONE, Direction.OUTBOUND, "AGENCY_CONTACT",
                    "REPORTED", agency.getName(), "Отчёт агентства", r.note());
            case UNCOLLECTABLE -> {
                interactions.record(debtCase.getId(), ContactChannel.SYSTEM, Direction.INBOUND, "AGENCY", "UNCOLLECTABLE",
                        agency.getName(), "Агентство: взыскание невозможно", r.note());
                if (placement.getStatus() == AgencyPlacement.Status.PLACED) {
                    holds.withProcessActive(debtCase, () -> runtime.createMessageCorrelation(MSG_UNCOLLECTABLE)
                            .processInstanceBusinessKey(debtCase.getInvoice().getNumber()).correlateAll());
                }
            }
        }
        return true;
    }

    private static void validate(Request r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.reportId() == null || r.reportId().isBlank()) {
            problems.add(FieldProblem.of("reportId", "must not be blank (the agency's own id of the report)"));
        }
        if (r.caseId() == null && (r.invoiceNumber() == null || r.invoiceNumber().isBlank())) {
            problems.add(FieldProblem.of("caseId", "caseId or invoiceNumber is required"));
        }
        if (r.kind() == null) {
            problems.add(FieldProblem.of("kind", "must be PAYMENT_COLLECTED, CONTACT_RESULT or UNCOLLECTABLE"));
        }
        if (r.amount() != null && r.amount().signum() <= 0) {
            problems.add(FieldProblem.of("amount", "must be greater than zero"));
        } else if (r.kind() == AgencyReport.Kind.PAYMENT_COLLECTED && r.amount() == null) {
            problems.add(FieldProblem.of("amount", "a collected payment needs its amount"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
