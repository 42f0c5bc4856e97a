package dev.inkasso.invoice;

import dev.inkasso.debtcase.InvoiceRepository;
import dev.inkasso.workflow.engine.EngineBatch;
import dev.inkasso.web.FieldProblem;
import dev.inkasso.web.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports a CSV of invoices: every row is checked first, and either all open a case or none does. */
@Service
public class InvoiceImport {
    /** Bounds what one engine command holds in memory until its flush (the rows of a process start are a few KB). */
    static final int STARTS_PER_COMMAND = 500;
    private final InvoiceIntake intake;
    private final InvoiceRepository invoices;
    private final dev.inkasso.debtor.DebtorService debtors;
    private final dev.inkasso.debtor.DebtorRepository debtorRepository;
    private final BookStatistics statistics;
    private final EngineBatch engineBatch;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entities;

    public InvoiceImport(InvoiceIntake intake, InvoiceRepository invoices, dev.inkasso.debtor.DebtorService debtors,
                         dev.inkasso.debtor.DebtorRepository debtorRepository, BookStatistics statistics,
                         EngineBatch engineBatch) {
        this.intake = intake;
        this.invoices = invoices;
        this.debtors = debtors;
        this.debtorRepository = debtorRepository;
        this.statistics = statistics;
        this.engineBatch = engineBatch;
    }

    @Transactional
    public int importCsv(Reader csv) {
        List<InvoiceCsv.Row> rows = read(csv);
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Long> firstLineOfNumber = new HashMap<>();
        Set<String> existing = Set.copyOf(invoices.numbersOnRecord(rows.stream()
                .filter(r -> r.request() != null && r.request().number() != null)
                .map(r -> r.request().number().trim()).toList()));
        for (InvoiceCsv.Row row : rows) {
            problems.addAll(row.problems());
            if (row.request() == null) {
                continue;
            }
            intake.validate(row.request()).stream()
                    .filter(p -> row.problems().stream().noneMatch(q -> Objects.equals(q.field(), p.field())))
                    .map(p -> new FieldProblem(row.line(), p.field(), p.message()))
                    .forEach(problems::add);
            String number = row.request().number() == null ? null : row.request().number().trim();
            if (number != null && existing.contains(number)) {
                problems.add(new FieldProblem(row.line(), "number", "invoice " + number + " exists already"));
            } else if (number != null && firstLineOfNumber.putIfAbsent(number, row.line()) != null) {
                problems.add(new FieldProblem(row.line(), "number",
                        "invoice " + number + " appears twice (first on line " + firstLineOfNumber.get(number) + ")"));
            }
        }
        if (rows.isEmpty()) {
            problems.add(new FieldProblem(null, null, "the file has no invoice rows"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        open(rows.stream().map(InvoiceCsv.Row::request).toList());
        return rows.size();
    }

    /**
     * Requests checked one by one ({@link InvoiceIntake#check}) opened together, as a CSV's rows are: the answers in
     * their order. An invoice number on record already fails them all.
     */
    @Transactional
    public List<IntakeResult> openAll(List<InvoiceRequest> requests) {
        List<String> known = invoices.numbersOnRecord(requests.stream().map(r -> r.number().trim()).toList());
        if (!known.isEmpty()) {
            throw new dev.inkasso.web.ConflictException("number", "invoice " + known.get(0) + " exists already");
        }
        return open(requests);
    }

    private List<IntakeResult> open(List<InvoiceRequest> requests) {
        // The batch's inserts are written as they happen (identity keys) and the rest at commit: no query of the import
        // needs to see unflushed changes, and without this every query would dirty-check the whole batch again.
        entities.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        Map<String, dev.inkasso.debtor.Debtor> byInn = debtors.findOrCreateAll(requests.stream()
                .filter(r -> r.debtor() != null).map(InvoiceRequest::debtor).toList());
        Map<Long, dev.inkasso.debtor.Debtor> byId = new HashMap<>();
        debtorRepository.findAllById(requests.stream().map(InvoiceRequest::debtorId).filter(Objects::nonNull).distinct().toList())
                .forEach(d -> byId.put(d.getId(), d));
        String process = intake.currentProcess();
        List<IntakeResult> opened = new ArrayList<>(requests.size());
        // the cases of a chunk start in one engine command: the engine reads the definition once and writes the chunk's
        // rows in one flush, a JDBC batch per statement, instead of a flush of a dozen statements per case
        for (int from = 0; from < requests.size(); from += STARTS_PER_COMMAND) {
            List<InvoiceRequest> chunk = requests.subList(from, Math.min(requests.size(), from + STARTS_PER_COMMAND));
            engineBatch.inOneCommand(() -> chunk.forEach(r -> opened.add(intake.openValidated(r, r.debtor() != null
                    ? byInn.get(r.debtor().inn()) : byId.get(r.debtorId()), process))));
        }
        statistics.afterImport(requests.size());
        return opened;
    }

    private static List<InvoiceCsv.Row> read(Reader csv) {
        try {
            return InvoiceCsv.read(csv);
        } catch (InvoiceCsv.MissingColumnsException e) {
            throw new InvalidInputException(e.columns().stream()
                    .map(c -> new FieldProblem(1L, c, "column is missing from the header")).toList());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException(List.of(new FieldProblem(null, null, "the file is not valid CSV: " + e.getMessage())));
        }
    }
}
