package dev.inkasso.enforcement;

import dev.inkasso.workflow.Term;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The enforcement stage's periods ({@code inkasso.enforcement.*}); sources in docs/LEGAL.md §8 and §13:
 * <ul>
 *   <li>{@code check-every}: how often lawyers check the proceedings (Inkasso's choice);</li>
 *   <li>{@code resubmit-after}: after the writ came back with nothing to collect (229-ФЗ ст. 46), when it is
 *       presented again — generally not before 6 months;</li>
 *   <li>{@code writ-presentation-period}: 3 years to present a writ or a court order (229-ФЗ ст. 21), running anew
 *       from each submission and each return (ст. 22);</li>
 *   <li>{@code writ-expiry-warning}: how long before the end of that period managers get a task.</li>
 * </ul>
 */
@Validated
@ConfigurationProperties("inkasso.enforcement")
public record EnforcementProperties(
        @NotNull Term checkEvery,
        @NotNull Term resubmitAfter,
        @NotNull Term writPresentationPeriod,
        @NotNull Term writExpiryWarning) {
}
