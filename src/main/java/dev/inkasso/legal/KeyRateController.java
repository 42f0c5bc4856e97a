package dev.inkasso.legal;

import dev.inkasso.web.FieldProblem;
import dev.inkasso.web.InvalidInputException;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The key-rate table: everyone reads it; managers and admins add rates as the Bank of Russia changes them. */
@RestController
@RequestMapping("/api/key-rates")
class KeyRateController {
    private final KeyRates keyRates;

    KeyRateController(KeyRates keyRates) {
        this.keyRates = keyRates;
    }

    record KeyRateView(LocalDate effectiveFrom, BigDecimal ratePercent, FactStatus status, String source, String addedBy) {
    }

    record KeyRateTableView(LocalDate knownUntil, List<KeyRateView> rates) {
    }

    record NewKeyRate(LocalDate effectiveFrom, BigDecimal ratePercent, FactStatus status, String source) {
    }

    record KnownUntil(LocalDate knownUntil) {
    }

    @GetMapping
    KeyRateTableView table() {
        return new KeyRateTableView(keyRates.table().knownUntil(), keyRates.all().stream()
                .map(r -> new KeyRateView(r.getEffectiveFrom(), r.getRatePercent(), r.getStatus(), r.getSource(), r.getAddedBy()))
                .toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    KeyRateTableView add(@RequestBody NewKeyRate rate, Principal user) {
        List<FieldProblem> problems = new ArrayList<>();
        CalculationRequests.required("effectiveFrom", rate.effectiveFrom(), problems);
        if (rate.ratePercent() == null || rate.ratePercent().signum() < 0 || rate.ratePercent().compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(FieldProblem.of("ratePercent", "must be a percentage from 0 to 100"));
        }
        if (rate.source() == null || rate.source().isBlank()) {
            problems.add(FieldProblem.of("source", "name where the rate comes from (e.g. the Bank of Russia press release)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        keyRates.put(rate.effectiveFrom(), rate.ratePercent(), rate.status() == null ? FactStatus.CONFIRMED : rate.status(),
                rate.source().trim(), user.getName());
        return table();
    }

    @PutMapping("/known-until")
    KeyRateTableView confirm(@RequestBody KnownUntil body, Principal user) {
        if (body.knownUntil() == null) {
            throw InvalidInputException.of("knownUntil", "must not be empty");
        }
        keyRates.confirmKnownUntil(body.knownUntil(), user.getName());
        return table();
    }
}
