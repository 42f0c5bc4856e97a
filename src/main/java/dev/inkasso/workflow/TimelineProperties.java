package dev.inkasso.workflow;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Every wait of the debt-case process, as ISO-8601 durations ({@code inkasso.timeline.*}). Production
 * keeps days; a demo or an acceptance run sets seconds.
 */
@Validated
@ConfigurationProperties("inkasso.timeline")
public record TimelineProperties(
        @NotNull Duration preDueReminderBefore,
        @NotNull Duration friendlyReminderAfterDue,
        @NotNull Duration secondNoticeAfter,
        @NotNull Duration negotiationAfter,
        @NotNull Duration paymentConfirmationWait,
        @NotNull Duration promiseGrace,
        @NotNull Duration negotiationTaskDue,
        @NotNull Duration preTrialClaimPeriod,
        @NotNull Duration agencySla) {
}
