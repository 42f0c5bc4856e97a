package dev.inkasso.workflow;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Timer durations as the BPMN reads them ({@code ${timeline.secondNoticeAfter(execution)}}): the configured
 * wait ({@code inkasso.timeline.*}) stretched or shortened by the strategy's {@code waitFactor} (SOFT waits
 * longer, HARD shorter), so compressed demo timelines stay compressed for every strategy.
 */
@Component("timeline")
public class Timeline {
    private final TimelineProperties properties;
    private final Clock clock;

    public Timeline(TimelineProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public String friendlyReminderAfterDue(VariableScope scope) {
        return scaled(properties.friendlyReminderAfterDue(), scope).toString();
    }

    public String secondNoticeAfter(VariableScope scope) {
        return scaled(properties.secondNoticeAfter(), scope).toString();
    }

    public String negotiationAfter(VariableScope scope) {
        return scaled(properties.negotiationAfter(), scope).toString();
    }

    public String paymentConfirmationWait(VariableScope scope) {
        return scaled(properties.paymentConfirmationWait(), scope).toString();
    }

    /** The pre-trial claim's period: a legal period, not stretched by the strategy. */
    public String preTrialClaimPeriod(VariableScope scope) {
        return properties.preTrialClaimPeriod().toString();
    }

    /** When an officer's negotiation task is due; past it, a manager is told. */
    public Date negotiationTaskDue(VariableScope scope) {
        return Date.from(clock.instant().plus(scaled(properties.negotiationTaskDue(), scope)));
    }

    private static Duration scaled(Duration duration, VariableScope scope) {
        Object factor = scope.getVariable(DebtCaseProcess.Vars.WAIT_FACTOR);
        double f = factor instanceof Number n ? n.doubleValue() : 1.0;
        return Duration.ofMillis(Math.max(1000, Math.round(duration.toMillis() * f)));
    }
}
