package dev.inkasso.casefile;

import dev.inkasso.interaction.Interaction;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.web.NotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The interaction log of a case as a CSV file, ready to attach to a claim as evidence of contact. Text that a
 * spreadsheet would run as a formula ({@code =cmd|…}, {@code +…}, {@code -…}, {@code @…}) is neutralised with a
 * leading apostrophe, so opening the evidence never executes what a debtor or a partner wrote.
 */
@RestController
class InteractionExportController {
    private final InteractionLog interactions;
    private final DebtCaseRepository cases;

    InteractionExportController(InteractionLog interactions, DebtCaseRepository cases) {
        this.interactions = interactions;
        this.cases = cases;
    }

    @GetMapping(path = "/api/cases/{id}/interactions.csv")
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        String number = cases.findById(id).orElseThrow(() -> new NotFoundException("No debt case " + id))
                .getInvoice().getNumber();
        StringWriter out = new StringWriter();
        out.write('\uFEFF'); // so that spreadsheet programs read UTF-8
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader("id", "occurredAt", "channel", "direction", "kind", "outcome", "actor", "subject", "content").get())) {
            for (Interaction i : interactions.of(id)) {
                csv.printRecord(i.getId(), i.getOccurredAt(), i.getChannel(), i.getDirection(), i.getKind(), i.getOutcome(),
                        cell(i.getActor()), cell(i.getSubject()), cell(i.getContent()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"interactions-" + number.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
