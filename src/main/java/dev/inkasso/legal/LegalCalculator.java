package dev.inkasso.legal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** One entry to Russia's debt arithmetic, with the current key-rate table and the configured conventions. */
@Service
public class LegalCalculator {
    private final KeyRates keyRates;
    private final StateFee stateFee;
    private final LegalProperties properties;

    public LegalCalculator(KeyRates keyRates, StateFee stateFee, LegalProperties properties) {
        this.keyRates = keyRates;
        this.stateFee = stateFee;
        this.properties = properties;
    }

    public Calculation interest395(BigDecimal principal, LocalDate dueDate, LocalDate endDate, List<DatedAmount> payments) {
        return new Interest395(keyRates.table(), properties.dayCount()).calculate(principal, dueDate, endDate, payments);
    }

    public Calculation contractualPenalty(BigDecimal principal, LocalDate dueDate, LocalDate endDate, BigDecimal ratePercentPerDay,
                                          BigDecimal capPercent, List<DatedAmount> payments) {
        return new ContractualPenalty(properties.dayCount())
                .calculate(principal, dueDate, endDate, ratePercentPerDay, capPercent, payments);
    }

    public Calculation rateFractionPenalty(RateFractionPenalty.Regime regime, BigDecimal principal, LocalDate dueDate,
                                           LocalDate endDate, List<DatedAmount> payments) {
        return new RateFractionPenalty(keyRates.table(), properties.dayCount())
                .calculate(regime, principal, dueDate, endDate, payments);
    }

    public StateFee.Result stateFee(Court court, BigDecimal amount, LocalDate filingDate, boolean courtOrder) {
        return stateFee.calculate(court, amount, filingDate, courtOrder);
    }

    public LimitationPeriod.Result limitation(LocalDate dueDate, List<LimitationPeriod.Acknowledgement> acknowledgements,
                                              Optional<LimitationPeriod.PreTrialClaim> claim) {
        return new LimitationPeriod(properties.limitationRules()).expiry(dueDate, acknowledgements, claim);
    }

    public KeyRateTable keyRateTable() {
        return keyRates.table();
    }
}
