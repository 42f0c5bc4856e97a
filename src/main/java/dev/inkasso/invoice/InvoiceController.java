package dev.inkasso.invoice;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
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

    InvoiceController(InvoiceIntake intake, InvoiceImport imports) {
        this.intake = intake;
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    IntakeResult open(@RequestBody InvoiceRequest request) {
        return intake.open(request);
    }

    /** The CSV as the request body ({@code text/csv}). */
    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    Map<String, Integer> importCsv(@RequestBody byte[] csv) {
        return Map.of("imported", imports.importCsv(reader(csv)));
    }

    /** The CSV as an uploaded file (form field {@code file}), as a browser or Swagger UI sends it. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Integer> importCsvFile(@RequestParam("file") MultipartFile file) throws IOException {
        return Map.of("imported", imports.importCsv(reader(file.getBytes())));
    }

    private static Reader reader(byte[] csv) {
        int bom = csv.length >= 3 && (csv[0] & 0xFF) == 0xEF && (csv[1] & 0xFF) == 0xBB && (csv[2] & 0xFF) == 0xBF ? 3 : 0;
        return new InputStreamReader(new java.io.ByteArrayInputStream(csv, bom, csv.length - bom), StandardCharsets.UTF_8);
    }
}
