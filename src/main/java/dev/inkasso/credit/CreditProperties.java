package dev.inkasso.credit;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inkasso.credit.*}: where the registers' exports lie, the limit a debtor starts with (and is raised back to
 * after a zero), the largest limit the rule table may reach, which risk model scores ({@code scorecard} or
 * {@code logistic}; README, «Risk score») and when limits are recomputed for every debtor.
 */
@ConfigurationProperties("inkasso.credit")
public record CreditProperties(
        @DefaultValue("counterparty-data") Path counterpartyData,
        @DefaultValue("100000.00") BigDecimal defaultLimit,
        @DefaultValue("10000000.00") BigDecimal maxLimit,
        @DefaultValue("logistic") String scoreModel,
        @DefaultValue("true") boolean nightly,
        @DefaultValue("0 30 2 * * *") String nightlyCron) {
}
