package dev.inkasso.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.hold.HoldReason;
import dev.inkasso.hold.Holds;
import dev.inkasso.invoice.IntakeResult;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Holds a case while one of its called processes waits at a timer, and checks the pause reached that process. */
@Component
public class HoldProbe {
    private final Holds holds;
    private final RuntimeService runtime;
    private final ManagementService management;

    HoldProbe(Holds holds, RuntimeService runtime, ManagementService management) {
        this.holds = holds;
        this.runtime = runtime;
        this.management = management;
    }

    /**
     * Places a hold, checks the case's process and {@code called} are paused with the timer, lets {@code pause} pass,
     * lifts the hold and checks the timer moved later by exactly that pause and is active again.
     */
    public void holdFor(IntakeResult r, ProcessInstance called, String timerActivityId, Duration pause) {
        Date due = timer(called, timerActivityId).getDuedate();
        long holdId = holds.place(r.caseId(), HoldReason.OTHER, null, "Проверка документов", "testofficer").getId();

        assertThat(suspended(r.processInstanceId())).as("the case's process is paused").isTrue();
        assertThat(suspended(called.getId())).as("the called process is paused too").isTrue();
        assertThat(timer(called, timerActivityId).isSuspended()).as("its timer cannot fire").isTrue();

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(pause)));
        holds.lift(r.caseId(), holdId, "testofficer");

        Job resumed = timer(called, timerActivityId);
        assertThat(resumed.isSuspended()).isFalse();
        assertThat(suspended(called.getId())).isFalse();
        assertThat(resumed.getDuedate()).as("moved later by the pause").isEqualTo(Date.from(due.toInstant().plus(pause)));
    }

    private boolean suspended(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().isSuspended();
    }

    private Job timer(ProcessInstance pi, String activityId) {
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers().singleResult();
        assertThat(job).as("timer %s of %s", activityId, pi.getProcessDefinitionId()).isNotNull();
        return job;
    }
}
