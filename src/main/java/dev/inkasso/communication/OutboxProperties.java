package dev.inkasso.communication;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code inkasso.outbox.*}: how the sender polls, and its retry budget. The n-th retry waits
 * {@code firstRetryAfter × 2^(n-1)}; after {@code maxAttempts} failures the letter is FAILED and an
 * incident appears on the case's process in Cockpit. A poll works off every due letter on {@code senders} threads.
 * With {@code dueOrder} (the default) they hand letters to the SMTP server one at a time, in the order the letters fell
 * due; {@code false} lets their transfers overlap, for a distant SMTP relay whose round trips, not the building of
 * letters, take most of a send.
 */
@Validated
@ConfigurationProperties("inkasso.outbox")
public record OutboxProperties(@NotNull Duration pollInterval, @Min(1) int batchSize, @Min(1) int maxAttempts,
                               @NotNull Duration firstRetryAfter, @DefaultValue("2") @Min(1) int senders,
                               @DefaultValue("true") boolean dueOrder) {
}
