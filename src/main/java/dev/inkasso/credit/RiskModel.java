package dev.inkasso.credit;

import java.util.Comparator;
import java.util.List;

/**
 * A risk model over {@link RiskFeatures}: either the transparent scorecard (points per factor, summed) or the
 * logistic regression trained on generated histories (README, «Risk score»). Both explain themselves the same way:
 * each factor's share of the sum (points, or log-odds) is its contribution, and the largest are the reasons.
 */
public interface RiskModel {
    /** The score's name as the API and the credit request show it. */
    String name();

    /** The probability-like raw score in 0..1, for AUC and ranking. */
    double raw(double[] features);

    /** Each factor's contribution for these features, in the model's units. */
    double contribution(RiskFactor factor, double value);

    int MAX_REASONS = 3;

    default RiskScore score(RiskFeatures features) {
        int score = (int) Math.round(100 * raw(features.vector()));
        List<RiskScore.Reason> reasons = java.util.Arrays.stream(RiskFactor.values())
                .map(f -> new RiskScore.Reason(f, contribution(f, features.value(f)), f.label() + ": " + features.details().get(f)))
                .filter(r -> r.contribution() > 0.005)
                .sorted(Comparator.comparingDouble(RiskScore.Reason::contribution).reversed())
                .limit(MAX_REASONS).toList();
        return new RiskScore(Math.max(0, Math.min(100, score)), name(), reasons);
    }

    /** Points per factor; the sum, at most 100, is the score. */
    static RiskModel scorecard(RiskWeights weights) {
        return new Linear("scorecard", weights, points -> Math.max(0, Math.min(100, points)) / 100.0);
    }

    /** Logistic regression: the score is 100 × the predicted probability of non-payment. */
    static RiskModel logistic(RiskWeights coefficients) {
        return new Linear("logistic", coefficients, z -> 1.0 / (1.0 + Math.exp(-z)));
    }

    /** Both models are linear in the factors; they differ in what turns the sum into 0..1. */
    record Linear(String name, RiskWeights weights, java.util.function.DoubleUnaryOperator link) implements RiskModel {
        public double raw(double[] x) {
            double sum = weights.intercept();
            for (RiskFactor f : RiskFactor.values()) {
                sum += weights.weight(f) * x[f.ordinal()];
            }
            return link.applyAsDouble(sum);
        }

        public double contribution(RiskFactor factor, double value) {
            return weights.weight(factor) * value;
        }
    }
}
