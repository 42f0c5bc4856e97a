package dev.inkasso.export;

import dev.inkasso.web.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV and XLSX of a {@link Table}. The CSV is what Russian Excel opens without a wizard: UTF-8 with a byte-order
 * mark, semicolons, decimal commas. The XLSX keeps numbers as numbers and dates as dates (streamed, so a long list
 * does not sit in memory as a workbook).
 */
public final class TableExport {
    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private TableExport() {
    }

    /** The table as a download in {@code format} ({@code csv} or {@code xlsx}). */
    public static ResponseEntity<byte[]> download(Table table, String format) {
        boolean xlsx = switch (format) {
            case "csv" -> false;
            case "xlsx" -> true;
            default -> throw InvalidInputException.of("format", "must be csv or xlsx");
        };
        byte[] body = xlsx ? xlsx(table) : csv(table);
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(table.name() + "." + format, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    public static byte[] csv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            writer.write('\uFEFF');
            csv.printRecord(table.columns());
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(TableExport::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(Table table) {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = book.createSheet(sheetName(table.title()));
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(table.columns().get(c));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof BigDecimal amount) {
                        cell.setCellValue(amount.doubleValue()); // a spreadsheet cell is a double by format; the CSV keeps the exact text
                        cell.setCellStyle(money);
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.longValue());
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString().replace('.', ',');
        }
        if (value instanceof LocalDate d) {
            return d.format(DATE);
        }
        return value.toString();
    }

    /** Excel's sheet names: at most 31 characters, none of {@code []:*?/\}. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
