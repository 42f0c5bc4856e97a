package dev.inkasso.credit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.credit.CreditHistory.InvoiceFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The score on constructed histories, with both models, and the choice of the shipped model by held-out AUC. */
class RiskScoreTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final BigDecimal LIMIT = new BigDecimal("100000.00");
    static final CounterpartySignals CLEAN = new CounterpartySignals(CounterpartySignals.RegistryStatus.ACTIVE, TODAY, 0, null,
            0, BigDecimal.ZERO.setScale(2), 0, BigDecimal.ZERO.setScale(2), List.of("ЕГРЮЛ/ЕГРИП", "ЕФРСБ", "ФССП"));

    static final RiskModel LOGISTIC = RiskModel.logistic(RiskWeights.load(RiskScoring.LOGISTIC_FILE));
    static final RiskModel SCORECARD = RiskModel.scorecard(RiskWeights.load(RiskScoring.SCORECARD_FILE));

    /** {@code daysLate[i]}: how late the i-th of the invoices (oldest first) was paid. */
    static CreditHistory history(int[] daysLate, boolean escalateLateOnes, int brokenPromises) {
        List<InvoiceFact> facts = new ArrayList<>();
        for (int i = 0; i < daysLate.length; i++) {
            LocalDate due = TODAY.minusDays(40L * (daysLate.length - i) + 60);
            boolean escalated = escalateLateOnes && daysLate[i] > 60;
            facts.add(new InvoiceFact(i, due, due.plusDays(daysLate[i]), null, true, escalated, false,
                    i < brokenPromises ? 1 : 0, 0));
        }
        return new CreditHistory(facts, BigDecimal.ZERO.setScale(2), LIMIT);
    }

    @Test
    void aPerfectPayerScoresLowRisk() {
        CreditHistory perfect = history(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, false, 0);
        for (RiskModel model : List.of(LOGISTIC, SCORECARD)) {
            RiskScore score = model.score(RiskFeatures.of(perfect, CLEAN, TODAY));
            assertThat(score.score()).as(model.name()).isLessThan(15);
            assertThat(score.reasons()).as(model.name()).noneMatch(r -> r.factor() == RiskFactor.LATE_SHARE);
        }
    }

    @Test
    void aSerialLatePayerScoresHighAndTheReasonsNameTheLateness() {
        CreditHistory late = history(new int[] {20, 45, 70, 90, 95, 120}, true, 3);
        for (RiskModel model : List.of(LOGISTIC, SCORECARD)) {
            RiskScore score = model.score(RiskFeatures.of(late, CLEAN, TODAY));
            assertThat(score.score()).as(model.name()).isGreaterThan(70);
            assertThat(score.reasons()).as(model.name()).hasSizeBetween(1, RiskModel.MAX_REASONS);
            assertThat(String.join(" ", score.reasonTexts())).as(model.name())
                    .containsAnyOf("с опозданием", "просрочки", "эскалации", "обещаний");
        }
        RiskScore logistic = LOGISTIC.score(RiskFeatures.of(late, CLEAN, TODAY));
        assertThat(logistic.reasons().get(0).text()).doesNotContain("null");
    }

    @Test
    void aRegistersStopOutweighsAGoodHistory() {
        CreditHistory perfect = history(new int[] {0, 0, 0, 0, 0}, false, 0);
        CounterpartySignals liquidating = new CounterpartySignals(CounterpartySignals.RegistryStatus.LIQUIDATING, TODAY, 1, TODAY,
                2, new BigDecimal("300000.00"), 1, new BigDecimal("50000.00"), CLEAN.sources());
        RiskScore score = LOGISTIC.score(RiskFeatures.of(perfect, liquidating, TODAY));
        assertThat(score.score()).isGreaterThan(60);
        assertThat(score.reasons().get(0).factor()).isEqualTo(RiskFactor.REGISTRY_STOPPED);
        assertThat(score.reasons().get(0).text()).contains("ликвидации");
    }

    @Test
    void aNewCounterpartyIsScoredOnItsSignalsAndSaysItHasNoHistory() {
        RiskScore score = LOGISTIC.score(RiskFeatures.of(CreditHistory.empty(LIMIT), CLEAN, TODAY));
        assertThat(score.reasons()).extracting(RiskScore.Reason::factor).contains(RiskFactor.NO_HISTORY);
        assertThat(score.score()).isBetween(5, 35);
    }

    /** Fresh histories (another seed than training's): the shipped default must rank them better than the scorecard. */
    @Test
    void theShippedModelRanksHeldOutHistoriesBetterThanTheScorecard() {
        List<GeneratedHistories.Sample> fresh = GeneratedHistories.generate(6000, 2026);
        double logistic = GeneratedHistories.auc(LOGISTIC, fresh);
        double scorecard = GeneratedHistories.auc(SCORECARD, fresh);
        assertThat(logistic).isGreaterThan(scorecard).isGreaterThan(0.8);
        assertThat(scorecard).isGreaterThan(0.75);
    }
}
