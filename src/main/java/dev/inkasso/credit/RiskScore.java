package dev.inkasso.credit;

import java.util.List;

/** A 0–100 risk score (higher = riskier), the model that gave it and its top reasons, the largest first. */
public record RiskScore(int score, String model, List<Reason> reasons) {

    /** One fact that raised the score: which, by how much (in the model's own units), and the sentence people read. */
    public record Reason(RiskFactor factor, double contribution, String text) {
    }

    public List<String> reasonTexts() {
        return reasons.stream().map(Reason::text).toList();
    }
}
