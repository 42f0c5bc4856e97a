package dev.inkasso.invoice;

import dev.inkasso.debtcase.InvoiceRepository;
import dev.inkasso.debtcase.Invoice;
import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.debtor.Debtor;
import dev.inkasso.debtor.DebtorRepository;
import dev.inkasso.debtor.DebtorService;
import dev.inkasso.web.ConflictException;
import dev.inkasso.web.FieldProblem;
import dev.inkasso.web.InvalidInputException;
import dev.inkasso.workflow.DebtCaseProcess;
import dev.inkasso.workflow.DebtCaseProcess.Vars;
import dev.inkasso.workflow.engine.DeployedDefinitions;
import dev.inkasso.workflow.engine.EngineBatch;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an invoice into a debt case: debtor, invoice, case and the started process commit together, or
 * nothing does.
 */
@Service
public class InvoiceIntake {
    static final int MAX_NUMBER_LENGTH = 64;
    private static final BigDecimal MAX_PENALTY_RATE = BigDecimal.valueOf(100);

    private final InvoiceRepository invoices;
    private final DebtorRepository debtorRepository;
    private final DebtorService debtors;
    private final DebtCaseRepository cases;
    private final RuntimeService runtime;
    private final DeployedDefinitions definitions;
    private final EngineBatch engineBatch;
    private final Clock clock;

    public InvoiceIntake(InvoiceRepository invoices, DebtorRepository debtorRepository, DebtorService debtors,
                         DebtCaseRepository cases, RuntimeService runtime, RepositoryService repository,
                         EngineBatch engineBatch, Clock clock) {
        this.definitions = new DeployedDefinitions(repository);
        this.engineBatch = engineBatch;
        this.invoices = invoices;
        this.debtorRepository = debtorRepository;
        this.debtors = debtors;
        this.cases = cases;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Transactional
    public IntakeResult open(InvoiceRequest request) {
        check(request);
        return openChecked(request);
    }

    /** Opens a case for a request {@link #check} accepted: 409 if its number exists. */
    @Transactional
    public IntakeResult openChecked(InvoiceRequest request) {
        if (invoices.existsByNumber(request.number().trim())) {
            throw new ConflictException("number", "invoice " + request.number().trim() + " exists already");
        }
        return openValidated(request);
    }

    /** Opens a case for a request that {@link #validate} accepted and whose number is new. */
    @Transactional
    public IntakeResult openValidated(InvoiceRequest request) {
        return openValidated(request, request.debtorId() != null
                ? debtorRepository.findById(request.debtorId()).orElseThrow()
                : debtors.findOrCreate(request.debtor()));
    }

    /**
     * As {@link #openValidated(InvoiceRequest)}, for a debtor the caller resolved (a batch resolves all at once). The
     * newest version's look-up and the start are one engine command: the start finds the definition the look-up read
     * in the command's cache instead of reading it again, and the command ends in one flush.
     */
    @Transactional
    public IntakeResult openValidated(InvoiceRequest request, Debtor debtor) {
        return engineBatch.inOneCommand(() -> openValidated(request, debtor, currentProcess()));
    }

    /** The debt-case process version a case opened now starts (a batch asks once, not once per invoice). */
    public String currentProcess() {
        return definitions.latestProcessId(DebtCaseProcess.KEY);
    }

    /**
     * As {@link #openValidated(InvoiceRequest, Debtor)}, starting the process version the caller resolved. The
     * invoice and case rows are written at the transaction's flush (ids drawn ahead, V13): a caller that goes on in
     * the same transaction with plain SQL about them flushes first.
     */
    @Transactional
    public IntakeResult openValidated(InvoiceRequest request, Debtor debtor, String processDefinitionId) {
        Invoice invoice = invoices.save(new Invoice(request.number().trim(), debtor, request.amount(),
                request.issueDate(), request.dueDate(), blankToNull(request.contractRef()),
                request.penaltyRatePerDay(), clock.instant()));
        DebtCase debtCase = cases.save(new DebtCase(invoice, clock.instant()));
        // the process starts with its case and waits at its first timer before this transaction commits; it reads
        // when that timer fires from the case (caseTimeline), which this transaction holds
        ProcessInstance process = runtime.startProcessInstanceById(processDefinitionId, invoice.getNumber(),
                Variables.createVariables().putValue(Vars.CASE_ID, debtCase.getId()));
        debtCase.attachProcess(process.getId());
        return new IntakeResult(invoice.getId(), debtCase.getId(), process.getId());
    }

    /** Refuses a request with a problem, naming each problem's field. */
    public void check(InvoiceRequest request) {
        List<FieldProblem> problems = validate(request);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Every problem of the request, each naming its field; empty when it may be opened. */
    public List<FieldProblem> validate(InvoiceRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.number() == null || r.number().isBlank()) {
            problems.add(FieldProblem.of("number", "must not be blank"));
        } else if (r.number().trim().length() > MAX_NUMBER_LENGTH) {
            problems.add(FieldProblem.of("number", "must be at most " + MAX_NUMBER_LENGTH + " characters"));
        }
        if (r.debtorId() == null && r.debtor() == null) {
            problems.add(FieldProblem.of("debtor", "either debtor or debtorId is required"));
        } else if (r.debtorId() != null && r.debtor() != null) {
            problems.add(FieldProblem.of("debtorId", "give either debtor or debtorId, not both"));
        } else if (r.debtorId() != null && !debtorRepository.existsById(r.debtorId())) {
            problems.add(FieldProblem.of("debtorId", "no debtor with id " + r.debtorId()));
        } else if (r.debtor() != null) {
            problems.addAll(debtors.validate(r.debtor(), "debtor."));
        }
        if (r.amount() == null) {
            problems.add(FieldProblem.of("amount", "must not be empty"));
        } else if (r.amount().signum() <= 0) {
            problems.add(FieldProblem.of("amount", "must be greater than zero"));
        } else if (r.amount().stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of("amount", "must have at most 2 decimal places (kopecks)"));
        } else if (r.amount().precision() - r.amount().scale() > 17) {
            problems.add(FieldProblem.of("amount", "is too large"));
        }
        if (r.issueDate() == null) {
            problems.add(FieldProblem.of("issueDate", "must not be empty"));
        }
        if (r.dueDate() == null) {
            problems.add(FieldProblem.of("dueDate", "must not be empty"));
        } else if (r.issueDate() != null && r.dueDate().isBefore(r.issueDate())) {
            problems.add(FieldProblem.of("dueDate", "must not be before issueDate"));
        }
        if (r.penaltyRatePerDay() != null
                && (r.penaltyRatePerDay().signum() < 0 || r.penaltyRatePerDay().compareTo(MAX_PENALTY_RATE) >= 0)) {
            problems.add(FieldProblem.of("penaltyRatePerDay", "must be a percentage per day from 0 to below 100 (0.1 = 0.1 % per day)"));
        } else if (r.penaltyRatePerDay() != null && r.penaltyRatePerDay().stripTrailingZeros().scale() > 6) {
            problems.add(FieldProblem.of("penaltyRatePerDay", "must have at most 6 decimal places"));
        }
        return problems;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
