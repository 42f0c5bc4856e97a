package dev.inkasso.agency;

import dev.inkasso.workflow.DebtCaseProcess.Groups;

import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.hold.Holds;

import dev.inkasso.debtcase.CaseLocks;
import dev.inkasso.debtor.DebtorType;
import dev.inkasso.web.ConflictException;
import dev.inkasso.web.FieldProblem;
import dev.inkasso.web.InvalidInputException;
import dev.inkasso.web.NotFoundException;
import dev.inkasso.web.RetryingTransaction;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AgencyController {
    static final String MSG_RECALL = dev.inkasso.workflow.DebtCaseProcess.MSG_AGENCY_RECALL_REQUESTED;
    private final AgencyRepository agencies;
    private final Agencies service;
    private final AgencyReports reports;
    private final CaseLocks cases;
    private final RetryingTransaction transaction;
    private final PlacedCases placedCases;
    private final RuntimeService runtime;
    private final Holds holds;

    private final dev.inkasso.audit.AuditLog audit;

    AgencyController(AgencyRepository agencies, Agencies service, AgencyReports reports, CaseLocks cases,
                     RuntimeService runtime, Holds holds, dev.inkasso.audit.AuditLog audit, RetryingTransaction transaction,
                     PlacedCases placedCases) {
        this.audit = audit;
        this.placedCases = placedCases;
        this.transaction = transaction;
        this.agencies = agencies;
        this.service = service;
        this.reports = reports;
        this.cases = cases;
        this.runtime = runtime;
        this.holds = holds;
    }

    record AgencyRequest(String name, String email, BigDecimal commissionPercent, Integer slaDays, List<DebtorType> acceptsTypes,
                         BigDecimal minAmount, BigDecimal maxAmount, String registryNumber, String reporter) {
    }

    /** Agencies with their results: placements, collected, recovery rate, commission owed. */
    @GetMapping("/api/agencies")
    List<Map<String, Object>> list() {
        return service.performance();
    }

    @PostMapping("/api/agencies")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Map<String, Long> create(@RequestBody AgencyRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.name() == null || r.name().isBlank()) {
            problems.add(FieldProblem.of("name", "must not be blank"));
        }
        if (r.email() == null || !r.email().contains("@")) {
            problems.add(FieldProblem.of("email", "must be an email address"));
        }
        if (r.commissionPercent() == null || r.commissionPercent().signum() < 0 || r.commissionPercent().compareTo(BigDecimal.valueOf(100)) >= 0) {
            problems.add(FieldProblem.of("commissionPercent", "must be a percentage from 0 to below 100"));
        }
        if (r.slaDays() == null || r.slaDays() < 1) {
            problems.add(FieldProblem.of("slaDays", "must be at least 1"));
        }
        if (r.acceptsTypes() == null || r.acceptsTypes().isEmpty()) {
            problems.add(FieldProblem.of("acceptsTypes", "name the debtor types the agency accepts"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (agencies.existsByName(r.name().trim())) {
            throw new ConflictException("name", "an agency named " + r.name().trim() + " exists already");
        }
        if (r.reporter() != null && !r.reporter().isBlank() && agencies.existsByReporter(r.reporter().trim())) {
            throw new ConflictException("reporter", "user " + r.reporter().trim() + " reports for another agency already");
        }
        Agency agency = new Agency(r.name().trim(), r.email().trim(), r.commissionPercent(), r.slaDays(),
                String.join(",", r.acceptsTypes().stream().map(Enum::name).toList()),
                r.minAmount() == null ? BigDecimal.ZERO : r.minAmount(), r.maxAmount(), r.registryNumber());
        if (r.reporter() != null && !r.reporter().isBlank()) {
            agency.reportedBy(r.reporter().trim());
        }
        Agency saved = agencies.save(agency);
        audit.record("AGENCY_CREATED", "agency " + saved.getId(), saved.getName() + ", commission " + r.commissionPercent()
                + " %" + (agency.getReporter() == null ? "" : ", reporter " + agency.getReporter()));
        return Map.of("id", saved.getId());
    }

    /** An agency's report about a case it holds; posting the same reportId again changes nothing. */
    @PostMapping("/api/agencies/{id}/reports")
    ResponseEntity<Map<String, Object>> report(@PathVariable long id, @RequestBody AgencyReports.Request request,
                                               org.springframework.security.core.Authentication caller) {
        requireReporterOf(id, caller);
        boolean created = dev.inkasso.web.Retry.onConflict(() -> reports.receive(id, request));
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(Map.of("accepted", true, "duplicate", !created));
    }

    /** The cases placed with the agency: its own reporter (and managers) see these, and no other case. */
    @GetMapping("/api/agencies/{id}/cases")
    List<PlacedCases.PlacedCase> placedCases(@PathVariable long id, org.springframework.security.core.Authentication caller) {
        requireReporterOf(id, caller);
        return placedCases.of(id);
    }

    /** An agency's technical user acts for its own agency only; managers and admins for every agency. */
    private void requireReporterOf(long agencyId, org.springframework.security.core.Authentication caller) {
        Agency agency = agencies.findById(agencyId).orElseThrow(() -> new NotFoundException("No agency " + agencyId));
        boolean supervisor = caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().endsWith("_" + Groups.MANAGERS)
                || a.getAuthority().endsWith("_" + Groups.ADMINS));
        if (!supervisor && !caller.getName().equals(agency.getReporter())) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "user " + caller.getName() + " does not act for agency " + agencyId);
        }
    }

    /** A manager recalls a case from its agency before the SLA ends. */
    @PostMapping("/api/cases/{id}/agency/recall")
    Map<String, String> recall(@PathVariable long id) {
        return transaction.run(() -> recallCase(id));
    }

    private Map<String, String> recallCase(long id) {
        DebtCase debtCase = cases.lock(id).orElseThrow(() -> new NotFoundException("No debt case " + id));
        String number = debtCase.getInvoice().getNumber();
        java.util.concurrent.atomic.AtomicBoolean recalled = new java.util.concurrent.atomic.AtomicBoolean();
        holds.withProcessActive(debtCase, () -> recalled.set(!runtime.createMessageCorrelation(MSG_RECALL)
                .processInstanceBusinessKey(number).correlateAllWithResult().isEmpty()));
        if (!recalled.get()) {
            throw new ConflictException("caseId", "case " + id + " is not with an agency");
        }
        return Map.of("status", "RECALLED");
    }

    @ExceptionHandler(AgencyReports.UnknownPlacementException.class)
    ResponseEntity<ProblemDetail> unknown(AgencyReports.UnknownPlacementException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Unknown placement");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", List.of(Map.of("field", "caseId", "message", e.getMessage())));
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
