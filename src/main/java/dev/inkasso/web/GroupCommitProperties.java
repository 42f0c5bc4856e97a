package dev.inkasso.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.function.Function;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How single posts of invoices and payments are written together ({@code inkasso.group-commit.*}, {@link GroupCommit}).
 *
 * @param writers groups written at once; a request that finds fewer busy is written at once, alone (1 to 64)
 * @param maxGroup requests written in one transaction at most; 1 writes every request alone (1 to 1 000)
 */
@Validated
@ConfigurationProperties("inkasso.group-commit")
public record GroupCommitProperties(
        @DefaultValue("2") @Min(1) @Max(64) int writers,
        @DefaultValue("100") @Min(1) @Max(1000) int maxGroup) {

    /** A group commit named {@code name} in its meters; the arguments are {@link GroupCommit}'s. */
    public <I, O> GroupCommit<I, O> of(String name, Function<List<I>, List<O>> group, Function<I, O> single,
                                       Function<I, ?> key, io.micrometer.core.instrument.MeterRegistry meters) {
        return new GroupCommit<>(name, group, single, key, maxGroup, writers, meters);
    }
}
