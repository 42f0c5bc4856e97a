package dev.inkasso.credit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * Weights of a risk model read from a data file: {@code factor;weight} lines (a {@link RiskFactor} name or
 * {@code INTERCEPT}), {@code #} comments. Every factor must be given, so a renamed factor cannot silently weigh 0.
 */
public record RiskWeights(double intercept, Map<RiskFactor, Double> weights) {
    static final String INTERCEPT = "INTERCEPT";

    public double weight(RiskFactor factor) {
        return weights.get(factor);
    }

    public static RiskWeights load(String classpathResource) {
        try (InputStream in = RiskWeights.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("No risk weights at " + classpathResource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), classpathResource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RiskWeights parse(BufferedReader lines, String source) throws IOException {
        double intercept = 0;
        Map<RiskFactor, Double> weights = new EnumMap<>(RiskFactor.class);
        String line;
        while ((line = lines.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("factor;")) {
                continue;
            }
            String[] parts = line.split(";");
            double weight = Double.parseDouble(parts[1].strip());
            if (parts[0].strip().equals(INTERCEPT)) {
                intercept = weight;
            } else {
                weights.put(RiskFactor.valueOf(parts[0].strip()), weight);
            }
        }
        for (RiskFactor factor : RiskFactor.values()) {
            if (!weights.containsKey(factor)) {
                throw new IllegalStateException(source + " gives no weight for " + factor);
            }
        }
        return new RiskWeights(intercept, weights);
    }
}
