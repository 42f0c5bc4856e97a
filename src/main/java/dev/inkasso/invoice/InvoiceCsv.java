package dev.inkasso.invoice;

import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.web.FieldProblem;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the invoice import file: UTF-8, ';'-separated, a header row naming the columns below (order free).
 * Amounts take '.' or ',' as decimal separator; dates are ISO (2026-03-05) or Russian (05.03.2026).
 */
public final class InvoiceCsv {
    public static final List<String> COLUMNS = List.of("number", "debtorType", "debtorName", "inn", "ogrn", "email",
            "phone", "address", "timeZone", "amount", "issueDate", "dueDate", "contractRef", "penaltyRatePerDay", "relationship");
    static final Set<String> REQUIRED = Set.of("number", "debtorType", "debtorName", "inn", "amount", "issueDate", "dueDate");
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private InvoiceCsv() {
    }

    /** One parsed row: its line in the file, the request, and the problems found while parsing it. */
    public record Row(long line, InvoiceRequest request, List<FieldProblem> problems) {
    }

    public static List<Row> read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new MissingColumnsException(missing);
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(toRow(record, header));
            }
            return rows;
        }
    }

    private static Row toRow(CSVRecord record, List<String> header) {
        long line = record.getParser().getCurrentLineNumber();
        List<FieldProblem> problems = new ArrayList<>();
        if (record.size() != header.size()) {
            problems.add(new FieldProblem(line, null, "has " + record.size() + " columns, the header has " + header.size()));
            return new Row(line, null, problems);
        }
        DebtorRequest debtor = new DebtorRequest(get(record, "debtorType"), get(record, "debtorName"),
                get(record, "inn"), get(record, "ogrn"), get(record, "email"), get(record, "phone"),
                get(record, "address"), get(record, "timeZone"), get(record, "relationship"));
        InvoiceRequest request = new InvoiceRequest(get(record, "number"), debtor, null,
                decimal(record, "amount", line, problems), date(record, "issueDate", line, problems),
                date(record, "dueDate", line, problems), get(record, "contractRef"),
                decimal(record, "penaltyRatePerDay", line, problems));
        return new Row(line, request, problems);
    }

    private static String get(CSVRecord record, String column) {
        if (!record.isMapped(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    private static BigDecimal decimal(CSVRecord record, String column, long line, List<FieldProblem> problems) {
        String value = get(record, column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replaceAll("[\\s\\u00a0]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(line, column, "is not a number: '" + value + "'"));
            return null;
        }
    }

    private static LocalDate date(CSVRecord record, String column, long line, List<FieldProblem> problems) {
        String value = get(record, column);
        if (value == null) {
            return null;
        }
        try {
            return value.contains(".") ? LocalDate.parse(value, RUSSIAN_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(line, column, "is not a date (2026-03-05 or 05.03.2026): '" + value + "'"));
            return null;
        }
    }

    /** The header lacks columns every row needs. */
    public static class MissingColumnsException extends IOException {
        private final List<String> columns;

        MissingColumnsException(List<String> columns) {
            super("missing columns " + columns);
            this.columns = columns;
        }

        public List<String> columns() {
            return columns;
        }
    }
}
