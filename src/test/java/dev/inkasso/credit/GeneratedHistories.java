package dev.inkasso.credit;

import dev.inkasso.credit.CreditHistory.InvoiceFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Debtor histories generated from a hidden riskiness, each labelled with whether the debtor then failed to pay its
 * next invoice within 60 days. The features are read from the histories by the production code
 * ({@link RiskFeatures#of}), so the models are trained and judged on what they will see.
 */
final class GeneratedHistories {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    record Sample(RiskFeatures features, boolean defaulted) {
    }

    private GeneratedHistories() {
    }

    static List<Sample> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Sample> samples = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            samples.add(sample(random));
        }
        return samples;
    }

    private static Sample sample(Random random) {
        // most counterparties are reliable, a minority is not: a mixture, not a straight line
        double risk = random.nextDouble() < 0.7 ? 0.3 * random.nextDouble() : 0.3 + 0.7 * random.nextDouble();
        boolean worsening = random.nextDouble() < 0.5 * risk;
        int invoices = random.nextInt(16);
        List<InvoiceFact> facts = new ArrayList<>();
        boolean anyEscalated = false;
        for (int i = 0; i < invoices; i++) {
            LocalDate due = TODAY.minusDays(30L * (invoices - i) + 30);
            boolean recent = i >= invoices - RiskFeatures.RECENT;
            long daysLate = 0;
            if (random.nextDouble() < 0.1 + 0.7 * risk) {
                daysLate = 1 + Math.round(-Math.log(1 - random.nextDouble()) * (5 + 60 * risk));
            }
            if (worsening && recent) {
                daysLate = daysLate * 2 + 20;
            }
            boolean escalated = daysLate > 60 && random.nextDouble() < 0.6;
            anyEscalated |= escalated;
            int broken = daysLate > 0 && random.nextDouble() < 0.3 * risk ? 1 : 0;
            int disputes = random.nextDouble() < 0.05 + 0.1 * risk ? 1 : 0;
            facts.add(new InvoiceFact(i, due, due.plusDays(daysLate), null, true, escalated, false, broken, disputes));
        }
        BigDecimal limit = BigDecimal.valueOf(100_000).setScale(2);
        BigDecimal outstanding = BigDecimal.valueOf(Math.round(random.nextDouble() * (0.5 + risk) * 150_000)).setScale(2);
        boolean stopped = random.nextDouble() < 0.01 + 0.05 * risk;
        boolean bankruptcy = random.nextDouble() < 0.01 + 0.04 * risk;
        int enforcements = poisson(random, 2 * risk * risk);
        int arbitration = poisson(random, risk);
        CounterpartySignals signals = new CounterpartySignals(
                stopped ? CounterpartySignals.RegistryStatus.LIQUIDATING : CounterpartySignals.RegistryStatus.ACTIVE, TODAY,
                bankruptcy ? 1 : 0, bankruptcy ? TODAY : null, enforcements,
                BigDecimal.valueOf(50_000L * enforcements).setScale(2), arbitration,
                BigDecimal.valueOf(80_000L * arbitration).setScale(2), List.of("generated"));
        double z = -3.2 + 5.5 * risk + 2.5 * (stopped ? 1 : 0) + 2.0 * (bankruptcy ? 1 : 0) + 0.5 * (worsening ? 1 : 0)
                + 0.4 * (anyEscalated ? 1 : 0);
        boolean defaulted = random.nextDouble() < 1 / (1 + Math.exp(-z));
        RiskFeatures features = RiskFeatures.of(new CreditHistory(facts, outstanding, limit), signals, TODAY);
        return new Sample(features, defaulted);
    }

    private static int poisson(Random random, double mean) {
        double l = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    /** Area under the ROC curve of a model's raw scores (Mann–Whitney, ties counted half). */
    static double auc(RiskModel model, List<Sample> samples) {
        List<double[]> scored = samples.stream().map(s -> new double[] {model.raw(s.features().vector()), s.defaulted() ? 1 : 0})
                .sorted(java.util.Comparator.comparingDouble(a -> a[0])).toList();
        double positives = scored.stream().filter(a -> a[1] == 1).count();
        double negatives = scored.size() - positives;
        double rankSum = 0;
        int i = 0;
        while (i < scored.size()) {
            int j = i;
            while (j < scored.size() && scored.get(j)[0] == scored.get(i)[0]) {
                j++;
            }
            double averageRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (scored.get(k)[1] == 1) {
                    rankSum += averageRank;
                }
            }
            i = j;
        }
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
