package dev.inkasso.demo;

import dev.inkasso.credit.CreditProperties;
import dev.inkasso.credit.CreditRequestIntake;
import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.debtor.TaxIds;
import dev.inkasso.reconciliation.Reconciliations;
import dev.inkasso.security.IdentitySetup;
import dev.inkasso.workflow.DebtCaseProcess.Groups;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's credit control: the sales system's user ({@code sales}), the registers' exports for three new
 * counterparties (one clean, one in liquidation, one unknown to the registry, which a manager reviews), and a
 * reconciliation statement waiting for an officer to record its return.
 */
@Component
@ConditionalOnProperty(name = "inkasso.demo.enabled", havingValue = "true")
class DemoCredit {
    private final IdentitySetup identity;
    private final CreditProperties credit;
    private final CreditRequestIntake requests;
    private final Reconciliations reconciliations;

    DemoCredit(IdentitySetup identity, CreditProperties credit, CreditRequestIntake requests, Reconciliations reconciliations) {
        this.identity = identity;
        this.credit = credit;
        this.requests = requests;
        this.reconciliations = reconciliations;
    }

    void load(long reconciledDebtorId, LocalDate today) {
        identity.ensureUser("sales", "sales", "Продажи (ERP)", Groups.CREDIT_API);
        DebtorRequest clean = counterparty("ООО «Надёжный партнёр»", 1);
        DebtorRequest closing = counterparty("ООО «Ликвидируемое»", 2);
        DebtorRequest unknown = counterparty("ООО «Неизвестный покупатель»", 3);
        export("registry.csv", "inn;status;checked_on", clean.inn() + ";ACTIVE;" + today + "\n"
                + closing.inn() + ";LIQUIDATING;" + today + "\n");
        export("bankruptcy.csv", "inn;published_on;message", "");
        export("enforcement.csv", "inn;proceedings_number;opened_on;amount", closing.inn() + ";12345/26/77001-ИП;"
                + today.minusMonths(2) + ";180000.00\n");
        export("arbitration.csv", "inn;case_number;filed_on;amount", closing.inn() + ";А40-12345/2026;"
                + today.minusMonths(1) + ";420000.00\n");
        // the registers are asked by the job executor, as in production
        requests.open(new CreditRequestIntake.NewCreditRequest(clean, null, new BigDecimal("300000.00"), 30), "officer");
        requests.open(new CreditRequestIntake.NewCreditRequest(closing, null, new BigDecimal("500000.00"), 45), "officer");
        requests.open(new CreditRequestIntake.NewCreditRequest(unknown, null, new BigDecimal("800000.00"), 60), "officer");
        reconciliations.send(reconciledDebtorId, today.minusDays(90), today, false, "officer");
    }

    private static DebtorRequest counterparty(String name, int n) {
        return new DebtorRequest("ORGANIZATION", name, TaxIds.completeInn("78%07d".formatted(n * 7_654_321 % 10_000_000)),
                null, "credit" + n + "@example.ru", "+7 900 100-00-0" + n, "г. Москва, ул. Кредитная, д. " + n,
                "Europe/Moscow", "NEW");
    }

    private void export(String file, String header, String rows) {
        try {
            Path folder = credit.counterpartyData();
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(file), header + "\n" + rows, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
