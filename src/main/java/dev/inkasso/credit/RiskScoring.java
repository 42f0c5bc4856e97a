package dev.inkasso.credit;

import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * Scores a debtor with the configured model ({@code inkasso.credit.score-model}: {@code logistic}, the default since
 * it ranked held-out histories better, or {@code scorecard}); both weight files ship in {@code credit/}.
 */
@Service
public class RiskScoring {
    public static final String SCORECARD_FILE = "credit/scorecard.csv";
    public static final String LOGISTIC_FILE = "credit/risk-model.csv";

    private final RiskModel model;

    public RiskScoring(CreditProperties properties) {
        this.model = switch (properties.scoreModel()) {
            case "scorecard" -> RiskModel.scorecard(RiskWeights.load(SCORECARD_FILE));
            case "logistic" -> RiskModel.logistic(RiskWeights.load(LOGISTIC_FILE));
            default -> throw new IllegalStateException("inkasso.credit.score-model must be scorecard or logistic, not "
                    + properties.scoreModel());
        };
    }

    public RiskScore score(CreditHistory history, CounterpartySignals signals, LocalDate today) {
        return model.score(RiskFeatures.of(history, signals, today));
    }
}
