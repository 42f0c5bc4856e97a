package dev.inkasso.legal;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inkasso.legal.*}: day-count convention of the calculators and the limitation-period rules.
 * Defaults follow the common public calculators and docs/LEGAL.md.
 */
@ConfigurationProperties("inkasso.legal")
public record LegalProperties(
        @DefaultValue("true") boolean delayStartsDayAfterDue,
        @DefaultValue("true") boolean paymentDayAccrues,
        @DefaultValue("false") boolean partialPaymentAcknowledgesDebt,
        @DefaultValue("P90D") Period limitationWarningWindow) {

    public DayCountConvention dayCount() {
        return new DayCountConvention(delayStartsDayAfterDue, paymentDayAccrues);
    }

    public LimitationPeriod.Rules limitationRules() {
        LimitationPeriod.Rules d = LimitationPeriod.Rules.DEFAULT;
        return new LimitationPeriod.Rules(d.years(), d.absoluteCapYears(), d.claimSuspensionDays(), partialPaymentAcknowledgesDebt);
    }
}
