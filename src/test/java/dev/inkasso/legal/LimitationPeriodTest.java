package dev.inkasso.legal;

import static dev.inkasso.legal.LegalFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.legal.LimitationPeriod.Acknowledgement;
import dev.inkasso.legal.LimitationPeriod.AcknowledgementKind;
import dev.inkasso.legal.LimitationPeriod.PreTrialClaim;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LimitationPeriodTest {
    private final LimitationPeriod rules = new LimitationPeriod(LimitationPeriod.Rules.DEFAULT);

    @Test
    void threeYearsFromTheDayTheDebtBecameOverdue() {
        assertThat(rules.expiry(date("2023-03-01"), List.of(), Optional.empty()).expiresOn()).isEqualTo(date("2026-03-02"));
    }

    @Test
    void anExpiryOnASundayMovesToMonday() {
        assertThat(rules.expiry(date("2023-02-28"), List.of(), Optional.empty()).expiresOn()).isEqualTo(date("2026-03-02"));
    }

    @Test
    void aSignedReconciliationStatementStartsThePeriodAgain() {
        var result = rules.expiry(date("2023-03-01"),
                List.of(new Acknowledgement(date("2024-05-10"), AcknowledgementKind.RECONCILIATION_STATEMENT)), Optional.empty());
        assertThat(result.expiresOn()).isEqualTo(date("2027-05-10"));
        assertThat(result.basis()).contains("RECONCILIATION_STATEMENT");
    }

    @Test
    void aPartialPaymentRestartsThePeriodOnlyWhereTheRulesSaySo() {
        List<Acknowledgement> payment = List.of(new Acknowledgement(date("2024-05-10"), AcknowledgementKind.PARTIAL_PAYMENT));
        assertThat(rules.expiry(date("2023-03-01"), payment, Optional.empty()).expiresOn()).isEqualTo(date("2026-03-02"));

        LimitationPeriod paymentsAcknowledge = new LimitationPeriod(new LimitationPeriod.Rules(3, 10, 30, true));
        assertThat(paymentsAcknowledge.expiry(date("2023-03-01"), payment, Optional.empty()).expiresOn())
                .isEqualTo(date("2027-05-10"));
    }

    @Test
    void aMandatoryPreTrialClaimSuspendsThePeriodForItsThirtyDaysOrUntilTheReply() {
        assertThat(rules.expiry(date("2023-03-01"), List.of(), Optional.of(new PreTrialClaim(date("2023-06-01"), null)))
                .expiresOn()).isEqualTo(date("2026-04-01"));
        assertThat(rules.expiry(date("2023-03-01"), List.of(), Optional.of(new PreTrialClaim(date("2023-06-01"), date("2023-06-11"))))
                .suspendedDays()).isEqualTo(10);
    }

    @Test
    void neverMoreThanTenYearsFromTheViolation() {
        var result = rules.expiry(date("2015-03-01"),
                List.of(new Acknowledgement(date("2024-12-01"), AcknowledgementKind.WRITTEN_ACKNOWLEDGEMENT)), Optional.empty());
        assertThat(result.expiresOn()).isEqualTo(date("2025-03-03")); // 02.03.2025 is a Sunday
    }
}
