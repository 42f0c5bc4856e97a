package dev.inkasso.court;

import dev.inkasso.workflow.Term;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The court stage's periods ({@code inkasso.court.*}), each a legal fact with its source in docs/LEGAL.md §13
 * (marked there as still to verify against the codes' current text):
 * <ul>
 *   <li>{@code hearing-reminder-before}: how long before a hearing the lawyers are reminded (Inkasso's choice);</li>
 *   <li>{@code hearing-result-after}: when the result task comes back after the hearing day ({@code P0D}: the next
 *       morning);</li>
 *   <li>{@code order-objection-period}: 10 days for the debtor's objection to a court order (ГПК ст. 128,
 *       АПК ст. 229.5), counted here from the day the order was issued (the debtor's receipt is not known);</li>
 *   <li>{@code appeal-period}: 1 month for an appeal (АПК ст. 259, ГПК ст. 321);
 *       {@code simplified-appeal-period}: 15 days after a simplified procedure (АПК ст. 229, ГПК ст. 335.1).</li>
 * </ul>
 */
@Validated
@ConfigurationProperties("inkasso.court")
public record CourtProperties(
        @NotNull Term hearingReminderBefore,
        @NotNull Term hearingResultAfter,
        @NotNull Term orderObjectionPeriod,
        @NotNull Term appealPeriod,
        @NotNull Term simplifiedAppealPeriod) {
}
