package dev.inkasso.debtor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/debtors")
class DebtorController {
    private final DebtorService debtors;

    DebtorController(DebtorService debtors) {
        this.debtors = debtors;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DebtorView register(@RequestBody DebtorRequest request) {
        return DebtorView.of(debtors.register(request));
    }

    @GetMapping("/{id}")
    DebtorView get(@PathVariable long id) {
        return DebtorView.of(debtors.get(id));
    }
}
