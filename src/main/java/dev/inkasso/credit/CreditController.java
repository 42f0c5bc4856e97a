package dev.inkasso.credit;

import dev.inkasso.web.FieldProblem;
import dev.inkasso.web.InvalidInputException;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Credit requests, a debtor's credit, managers' pinned limits and the credit-hold status for other systems. */
@RestController
class CreditController {
    private final CreditRequestIntake intake;
    private final CreditRequests requests;
    private final CreditAccounts accounts;
    private final CreditLimits limits;
    private final dev.inkasso.debtor.DebtorService debtors;

    CreditController(CreditRequestIntake intake, CreditRequests requests, CreditAccounts accounts, CreditLimits limits,
                     dev.inkasso.debtor.DebtorService debtors) {
        this.intake = intake;
        this.requests = requests;
        this.accounts = accounts;
        this.limits = limits;
        this.debtors = debtors;
    }

    @PostMapping("/api/credit-requests")
    @ResponseStatus(HttpStatus.CREATED)
    CreditRequestIntake.Started request(@RequestBody CreditRequestIntake.NewCreditRequest request, Principal user) {
        return intake.open(request, user.getName());
    }

    @GetMapping("/api/credit-requests/{id}")
    CreditRequests.CreditRequestView get(@PathVariable long id) {
        return requests.get(id);
    }

    @GetMapping("/api/debtors/{id}/credit")
    CreditAccounts.CreditView credit(@PathVariable long id) {
        return accounts.of(id);
    }

    record PinRequest(BigDecimal limit, String reason) {
    }

    /** A manager pins the limit: the rule table leaves it alone until it is unpinned. */
    @PutMapping("/api/debtors/{id}/credit/limit")
    CreditAccounts.CreditView pin(@PathVariable long id, @RequestBody PinRequest request, Principal user) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.limit() == null || request.limit().signum() < 0 || request.limit().stripTrailingZeros().scale() > 2
                || request.limit().compareTo(CreditRequestIntake.MAX_LIMIT) > 0) {
            problems.add(FieldProblem.of("limit", "is required: at least 0 rubles with at most 2 decimals"));
        }
        if (request.reason() == null || request.reason().isBlank() || request.reason().length() > 1000) {
            problems.add(FieldProblem.of("reason", "is required (at most 1000 characters)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        debtors.get(id);
        limits.pin(id, request.limit(), request.reason().strip(), user.getName());
        return accounts.of(id);
    }

    @DeleteMapping("/api/debtors/{id}/credit/limit/pin")
    CreditAccounts.CreditView unpin(@PathVariable long id, Principal user) {
        debtors.get(id);
        limits.unpin(id, user.getName());
        limits.recompute(id, user.getName());
        return accounts.of(id);
    }

    @GetMapping("/api/credit-status")
    CreditAccounts.CreditStatus status(@RequestParam(required = false) String inn) {
        return accounts.status(inn);
    }
}
