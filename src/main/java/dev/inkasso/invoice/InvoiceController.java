package dev.inkasso.invoice;

import dev.inkasso.web.GroupCommit;
import dev.inkasso.web.GroupCommitProperties;
import dev.inkasso.web.Retry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/invoices")
class InvoiceController {
    private final InvoiceIntake intake;
    private final InvoiceImport imports;
    private final org.springframework.util.unit.DataSize maxImport;
    /** Single posts that arrive while others are written are opened together, as a CSV's rows are. */
    private final GroupCommit<InvoiceRequest, IntakeResult> posts;

    InvoiceController(InvoiceIntake intake, InvoiceImport imports,
                      @org.springframework.beans.factory.annotation.Value("${inkasso.import.max-size:10MB}")
                      org.springframework.util.unit.DataSize maxImport, GroupCommitProperties grouping,
                      io.micrometer.core.instrument.MeterRegistry meters) {
        this.intake = intake;
        this.imports = imports;
        this.maxImport = maxImport;
        // a new debtor created at the same moment by another intake fails this one's insert: run again, it finds it
        this.posts = grouping.of("invoices", group -> Retry.onConflict(() -> imports.openAll(group)),
                one -> Retry.onConflict(() -> intake.openChecked(one)), r -> r.number().trim(), meters);
    }

    /** Checked before it waits for company: a bad request is refused on its own and never fails a group. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    IntakeResult open(@RequestBody InvoiceRequest request) {
        intake.check(request);
        return posts.submit(request);
    }

    /** The CSV as the request body ({@code text/csv}). */
    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    Map<String, Integer> importCsv(@RequestBody byte[] csv) {
        checkSize(csv.length);
        return imported(csv);
    }

    /** Decoded once; the import runs again when it lost a race for a new debtor (see the constructor). */
    private Map<String, Integer> imported(byte[] csv) {
        String text = text(csv);
        return Map.of("imported", Retry.onConflict(() -> imports.importCsv(new java.io.StringReader(text))));
    }

    /** A CSV larger than {@code inkasso.import.max-size} is refused before it is parsed: split it into batches. */
    private void checkSize(long bytes) {
        if (bytes > maxImport.toBytes()) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
                    "the CSV has " + bytes + " bytes; import at most " + maxImport.toMegabytes() + " MB at once");
        }
    }

    /** The CSV as an uploaded file (form field {@code file}), as a browser or Swagger UI sends it. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Integer> importCsvFile(@RequestParam("file") MultipartFile file) throws IOException {
        checkSize(file.getSize());
        return imported(file.getBytes());
    }

    /** The CSV as UTF-8 text (a BOM is skipped); anything else — e.g. a Windows-1251 export — is refused, not garbled. */
    private static String text(byte[] csv) {
        int bom = csv.length >= 3 && (csv[0] & 0xFF) == 0xEF && (csv[1] & 0xFF) == 0xBB && (csv[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(csv, bom, csv.length - bom)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw dev.inkasso.web.InvalidInputException.of("file", "is not UTF-8 text: save the CSV as UTF-8 and import it again");
        }
    }
}
