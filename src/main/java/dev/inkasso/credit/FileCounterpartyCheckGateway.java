package dev.inkasso.credit;

import dev.inkasso.credit.CounterpartySignals.RegistryStatus;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Reads the registers' exports from {@code inkasso.credit.counterparty-data} (UTF-8, {@code ;}-separated, a header
 * line; every file optional — a missing file means that register was not asked):
 * <ul>
 *   <li>{@code registry.csv}: {@code inn;status;checked_on} — status ACTIVE, LIQUIDATING or EXCLUDED (ЕГРЮЛ/ЕГРИП);</li>
 *   <li>{@code bankruptcy.csv}: {@code inn;published_on;message} — notices of the ЕФРСБ;</li>
 *   <li>{@code enforcement.csv}: {@code inn;proceedings_number;opened_on;amount} — open proceedings (ФССП data bank);</li>
 *   <li>{@code arbitration.csv}: {@code inn;case_number;filed_on;amount} — arbitration cases as defendant.</li>
 * </ul>
 * Each file is read once and read again when it changes, so a nightly export can simply be replaced.
 */
@Component
public class FileCounterpartyCheckGateway implements CounterpartyCheckGateway {
    static final String REGISTRY = "registry.csv";
    static final String BANKRUPTCY = "bankruptcy.csv";
    static final String ENFORCEMENT = "enforcement.csv";
    static final String ARBITRATION = "arbitration.csv";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private final CreditProperties properties;
    private final Map<String, Export> exports = new ConcurrentHashMap<>();

    public FileCounterpartyCheckGateway(CreditProperties properties) {
        this.properties = properties;
    }

    @Override
    public CounterpartySignals check(String inn) {
        List<String> sources = new ArrayList<>();
        RegistryStatus status = RegistryStatus.UNKNOWN;
        LocalDate checkedOn = null;
        List<CSVRecord> registry = rows(REGISTRY, inn, sources, "ЕГРЮЛ/ЕГРИП");
        if (!registry.isEmpty()) {
            CSVRecord latest = registry.stream().max(Comparator.comparing(r -> date(r, "checked_on"),
                    Comparator.nullsFirst(Comparator.naturalOrder()))).orElseThrow();
            status = RegistryStatus.valueOf(latest.get("status").toUpperCase());
            checkedOn = date(latest, "checked_on");
        }
        List<CSVRecord> bankruptcy = rows(BANKRUPTCY, inn, sources, "ЕФРСБ");
        LocalDate lastNotice = bankruptcy.stream().map(r -> date(r, "published_on")).filter(d -> d != null)
                .max(Comparator.naturalOrder()).orElse(null);
        List<CSVRecord> enforcement = rows(ENFORCEMENT, inn, sources, "ФССП");
        List<CSVRecord> arbitration = rows(ARBITRATION, inn, sources, "Картотека арбитражных дел");
        return new CounterpartySignals(status, checkedOn, bankruptcy.size(), lastNotice, enforcement.size(),
                sum(enforcement), arbitration.size(), sum(arbitration), List.copyOf(sources));
    }

    private List<CSVRecord> rows(String file, String inn, List<String> sources, String source) {
        Path path = properties.counterpartyData().resolve(file);
        if (!Files.isRegularFile(path)) {
            return List.of();
        }
        sources.add(source);
        Export export = exports.compute(file, (name, cached) -> cached != null && cached.isCurrent(path) ? cached : Export.read(path));
        return export.byInn().getOrDefault(inn, List.of());
    }

    private static BigDecimal sum(List<CSVRecord> rows) {
        return rows.stream().map(r -> new BigDecimal(r.get("amount").replace(',', '.').replace(" ", "")))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static LocalDate date(CSVRecord row, String column) {
        String value = row.isMapped(column) ? row.get(column) : "";
        return value.isBlank() ? null : LocalDate.parse(value);
    }

    /** One export file, indexed by ИНН, with the modification time it was read at. */
    private record Export(FileTime modified, Map<String, List<CSVRecord>> byInn) {
        boolean isCurrent(Path path) {
            try {
                return Files.getLastModifiedTime(path).equals(modified);
            } catch (IOException e) {
                return false;
            }
        }

        static Export read(Path path) {
            try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                FileTime modified = Files.getLastModifiedTime(path);
                Map<String, List<CSVRecord>> byInn = new HashMap<>();
                for (CSVRecord row : FORMAT.parse(in)) {
                    byInn.computeIfAbsent(row.get("inn"), k -> new ArrayList<>()).add(row);
                }
                return new Export(modified, byInn);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the counterparty export " + path, e);
            }
        }
    }
}
