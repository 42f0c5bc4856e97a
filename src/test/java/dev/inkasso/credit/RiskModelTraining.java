package dev.inkasso.credit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the logistic risk model with Tribuo on generated histories (70 % train, 30 % held out), compares its AUC with
 * the scorecard's on the held-out part and writes the coefficients to {@code src/main/resources/credit/risk-model.csv}.
 * Run by {@code bash bench/train-risk-model}; deterministic (fixed seeds), so the shipped file is reproducible.
 */
@Tag("training")
class RiskModelTraining {
    static final int SAMPLES = 20_000;
    static final long SEED = 14;
    static final Label DEFAULTED = new Label("DEFAULTED");
    static final Label PAID = new Label("PAID");

    @Test
    void trainAndCompare() throws IOException {
        List<GeneratedHistories.Sample> all = GeneratedHistories.generate(SAMPLES, SEED);
        List<GeneratedHistories.Sample> train = all.subList(0, SAMPLES * 7 / 10);
        List<GeneratedHistories.Sample> heldOut = all.subList(SAMPLES * 7 / 10, SAMPLES);

        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> trainSet = dataset(train, labels);
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), 30, 1000, 1, SEED);
        LinearSGDModel model = (LinearSGDModel) trainer.train(trainSet);
        double tribuoAuc = new LabelEvaluator().evaluate(model, dataset(heldOut, labels)).AUCROC(DEFAULTED);

        RiskWeights coefficients = coefficients(model);
        RiskModel logistic = RiskModel.logistic(coefficients);
        RiskModel scorecard = RiskModel.scorecard(RiskWeights.load(RiskScoring.SCORECARD_FILE));
        double logisticAuc = GeneratedHistories.auc(logistic, heldOut);
        double scorecardAuc = GeneratedHistories.auc(scorecard, heldOut);
        write(coefficients, logisticAuc, scorecardAuc);
        System.out.printf(Locale.ROOT, "RISK held-out AUC: scorecard %.3f, logistic %.3f (Tribuo's own evaluation %.3f); "
                + "%d histories, %d held out; better: %s%n", scorecardAuc, logisticAuc, tribuoAuc, SAMPLES, heldOut.size(),
                logisticAuc > scorecardAuc ? "logistic" : "scorecard");
    }

    private static MutableDataset<Label> dataset(List<GeneratedHistories.Sample> samples, LabelFactory labels) {
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("generated histories",
                OffsetDateTime.parse("2026-12-01T00:00:00Z"), labels), labels);
        String[] names = java.util.Arrays.stream(RiskFactor.values()).map(Enum::name).toArray(String[]::new);
        for (GeneratedHistories.Sample s : samples) {
            data.add(new ArrayExample<>(s.defaulted() ? DEFAULTED : PAID, names, s.features().vector()));
        }
        return data;
    }

    /** The two-class softmax as one logistic regression: log-odds = w(DEFAULTED) − w(PAID); the bias is the last column. */
    private static RiskWeights coefficients(LinearSGDModel model) {
        DenseMatrix w = model.getWeightsCopy();
        int defaulted = model.getOutputIDInfo().getID(DEFAULTED);
        int paid = model.getOutputIDInfo().getID(PAID);
        Map<RiskFactor, Double> weights = new java.util.EnumMap<>(RiskFactor.class);
        for (RiskFactor f : RiskFactor.values()) {
            var feature = model.getFeatureIDMap().get(f.name());
            weights.put(f, feature == null ? 0.0 : w.get(defaulted, feature.getID()) - w.get(paid, feature.getID()));
        }
        int bias = w.getDimension2Size() - 1;
        return new RiskWeights(w.get(defaulted, bias) - w.get(paid, bias), weights);
    }

    private static void write(RiskWeights c, double logisticAuc, double scorecardAuc) throws IOException {
        StringBuilder out = new StringBuilder()
                .append("# Logistic risk model: log-odds of non-payment = INTERCEPT + sum(weight x factor), score = 100 x probability.\n")
                .append("# Trained by bench/train-risk-model (Tribuo ").append("4.3.2, LinearSGDTrainer, log loss, AdaGrad, 30 epochs, seed ")
                .append(SEED).append(") on ").append(SAMPLES).append(" generated histories;\n")
                .append(String.format(Locale.ROOT, "# held-out AUC %.3f (the scorecard: %.3f). Do not edit by hand: retrain.%n", logisticAuc, scorecardAuc))
                .append("factor;weight\n")
                .append(String.format(Locale.ROOT, "INTERCEPT;%.6f%n", c.intercept()));
        for (RiskFactor f : RiskFactor.values()) {
            out.append(String.format(Locale.ROOT, "%s;%.6f%n", f.name(), c.weight(f)));
        }
        Files.writeString(Path.of("src/main/resources/credit/risk-model.csv"), out, StandardCharsets.UTF_8);
    }
}
