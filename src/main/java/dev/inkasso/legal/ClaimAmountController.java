package dev.inkasso.legal;

import dev.inkasso.web.InvalidInputException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClaimAmountController {
    private final ClaimAmounts claims;

    ClaimAmountController(ClaimAmounts claims) {
        this.claims = claims;
    }

    /** {@code GET /api/cases/{id}/claim-amount?asOf=2026-03-01} (default: today in the creditor's zone). */
    @GetMapping("/api/cases/{id}/claim-amount")
    ClaimAmount claimAmount(@PathVariable long id,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        try {
            return claims.of(id, asOf == null ? claims.today() : asOf);
        } catch (UnknownKeyRateException e) {
            throw InvalidInputException.of("asOf", e.getMessage());
        }
    }
}
