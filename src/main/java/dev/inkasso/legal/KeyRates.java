package dev.inkasso.legal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key-rate table as the database holds it: seeded at start from {@code legal/key-rates.csv} (rows the
 * database lacks are added; an operator's rows are never overwritten), extended by operators through the API.
 */
@Service
public class KeyRates {
    static final String SEED = "legal/key-rates.csv";
    private final KeyRateRepository rates;
    private final LegalSettingRepository settings;
    private final Clock clock;
    private volatile KeyRateTable cached;

    private final dev.inkasso.audit.AuditLog audit;

    public KeyRates(KeyRateRepository rates, LegalSettingRepository settings, Clock clock, dev.inkasso.audit.AuditLog audit) {
        this.audit = audit;
        this.rates = rates;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public void seed() {
        Seed seed = readSeed();
        seed.rates().forEach((date, rate) -> {
            if (!rates.existsById(date)) {
                rates.save(new KeyRate(date, rate, FactStatus.CONFIRMED, seed.sources().get(date), "seed", clock.instant()));
            }
        });
        LegalSetting knownUntil = settings.findById(LegalSetting.KEY_RATES_KNOWN_UNTIL).orElse(null);
        if (knownUntil == null || LocalDate.parse(knownUntil.getValue()).isBefore(seed.knownUntil())) {
            saveKnownUntil(seed.knownUntil(), "seed");
        }
        cached = null;
    }

    public KeyRateTable table() {
        KeyRateTable table = cached;
        if (table == null) {
            Map<LocalDate, BigDecimal> byDate = new LinkedHashMap<>();
            rates.findAllByOrderByEffectiveFromAsc().forEach(r -> byDate.put(r.getEffectiveFrom(), r.getRatePercent()));
            LocalDate knownUntil = settings.findById(LegalSetting.KEY_RATES_KNOWN_UNTIL)
                    .map(s -> LocalDate.parse(s.getValue())).orElse(null);
            table = new KeyRateTable(byDate, knownUntil);
            cached = table;
        }
        return table;
    }

    public List<KeyRate> all() {
        return rates.findAllByOrderByEffectiveFromAsc();
    }

    /** Adds or corrects a rate; the table is then known at least up to the day before the rate's effective date. */
    @Transactional
    public KeyRate put(LocalDate effectiveFrom, BigDecimal ratePercent, FactStatus status, String source, String actor) {
        KeyRate saved = rates.save(new KeyRate(effectiveFrom, ratePercent, status, source, actor, clock.instant()));
        audit.record(actor, "KEY_RATE_SET", effectiveFrom.toString(), ratePercent.toPlainString() + " % (" + status + ", " + source + ")");
        if (table().knownUntil().isBefore(effectiveFrom)) {
            saveKnownUntil(effectiveFrom, actor);
        }
        cached = null;
        return saved;
    }

    /** An operator confirms that no rate changed up to {@code knownUntil}. */
    @Transactional
    public void confirmKnownUntil(LocalDate knownUntil, String actor) {
        saveKnownUntil(knownUntil, actor);
        audit.record(actor, "KEY_RATES_CONFIRMED", knownUntil.toString(), "no key-rate change up to this day");
        cached = null;
    }

    private void saveKnownUntil(LocalDate date, String actor) {
        LegalSetting setting = settings.findById(LegalSetting.KEY_RATES_KNOWN_UNTIL)
                .orElseGet(() -> new LegalSetting(LegalSetting.KEY_RATES_KNOWN_UNTIL, date.toString(), actor, clock.instant()));
        setting.update(date.toString(), actor, clock.instant());
        settings.save(setting);
    }

    record Seed(Map<LocalDate, BigDecimal> rates, Map<LocalDate, String> sources, LocalDate knownUntil) {
    }

    static Seed readSeed() {
        Map<LocalDate, BigDecimal> byDate = new LinkedHashMap<>();
        Map<LocalDate, String> sources = new LinkedHashMap<>();
        LocalDate knownUntil = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(SEED).getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("# knownUntil;")) {
                    knownUntil = LocalDate.parse(line.substring("# knownUntil;".length()).trim());
                } else if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("effectiveFrom")) {
                    String[] cells = line.split(";", 4);
                    LocalDate date = LocalDate.parse(cells[0]);
                    byDate.put(date, new BigDecimal(cells[1]));
                    sources.put(date, cells[3]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Seed(byDate, sources, knownUntil);
    }
}
