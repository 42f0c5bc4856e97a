package dev.inkasso.legal;

/**
 * How days are counted, as the common public calculators do by default:
 * <ul>
 *   <li>{@code delayStartsDayAfterDue}: the first day of delay is the day after the due date;</li>
 *   <li>{@code paymentDayAccrues}: a payment's own day still accrues on the old base, the base is lower from
 *       the next day;</li>
 *   <li>the end date is included; each period is split at 31 Dec / 1 Jan so each year uses its own 365 or 366
 *       days; each period is rounded to kopecks (half up) and the total is the sum of the rounded periods.</li>
 * </ul>
 * Configurable as {@code inkasso.legal.day-count.*}.
 */
public record DayCountConvention(boolean delayStartsDayAfterDue, boolean paymentDayAccrues) {
    public static final DayCountConvention CALCULATOR_PRACTICE = new DayCountConvention(true, true);
}
