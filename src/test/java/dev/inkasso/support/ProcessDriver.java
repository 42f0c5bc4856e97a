package dev.inkasso.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.communication.OutboxSender;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.invoice.InvoiceIntake;
import dev.inkasso.invoice.InvoiceRequest;
import dev.inkasso.payment.PaymentIntake;
import dev.inkasso.payment.PaymentRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What a test does to a case, in the words of the process: open it, let a timer fire, pay, work the
 * negotiation task. Timers fire by executing their jobs after moving the engine clock, never by sleeping.
 */
@Component
public class ProcessDriver {
    private final ProcessEngine engine;
    private final InvoiceIntake intake;
    private final PaymentIntake payments;
    private final OutboxSender outbox;

    public ProcessDriver(ProcessEngine engine, InvoiceIntake intake, PaymentIntake payments, OutboxSender outbox) {
        this.engine = engine;
        this.intake = intake;
        this.payments = payments;
        this.outbox = outbox;
    }

    public IntakeResult open(InvoiceRequest invoice) {
        return intake.open(invoice);
    }

    public ProcessInstance instance(IntakeResult result) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(result.processInstanceId()).singleResult();
    }

    /** Moves the engine clock to the timer's due date and fires it; fails if the case is not waiting there. */
    public void fireTimer(IntakeResult result, String timerActivityId) {
        ManagementService management = engine.getManagementService();
        Job job = management.createJobQuery().processInstanceId(result.processInstanceId())
                .activityId(timerActivityId).singleResult();
        assertThat(job).as("timer job at %s", timerActivityId).isNotNull();
        Date due = job.getDuedate();
        if (due != null && due.after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(due);
        }
        management.executeJob(job.getId());
    }

    /** Lets every timer from the due date to the negotiation task fire: the case waits for the officer. */
    public void toNegotiation(IntakeResult result) {
        for (String timer : new String[] {dev.inkasso.workflow.DebtCaseProcess.Elements.TIMER_DUE_DATE,
                dev.inkasso.workflow.DebtCaseProcess.Elements.TIMER_FRIENDLY_REMINDER_DUE,
                dev.inkasso.workflow.DebtCaseProcess.Elements.TIMER_SECOND_NOTICE_DUE,
                dev.inkasso.workflow.DebtCaseProcess.Elements.TIMER_NEGOTIATION_DUE}) {
            fireTimer(result, timer);
        }
    }

    /** Runs the asynchronous continuation waiting at {@code activityId} (e.g. the escalation decision). */
    public void continueAt(String processInstanceId, String activityId) {
        ManagementService management = engine.getManagementService();
        Job job = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
        assertThat(job).as("async job at %s", activityId).isNotNull();
        management.executeJob(job.getId());
    }

    /** The process a case called at the moment (a plan, an agency placement, a claim), if any. */
    public org.camunda.bpm.engine.runtime.ProcessInstance calledBy(IntakeResult result, String processKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(result.processInstanceId())
                .processDefinitionKey(processKey).singleResult();
    }

    public void pay(String paymentId, String invoiceNumber, String amount) {
        payments.receive(new PaymentRequest(paymentId, invoiceNumber, new BigDecimal(amount),
                Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()).toString(), "BANK_TRANSFER"));
    }

    public Task negotiationTask(IntakeResult result) {
        return engine.getTaskService().createTaskQuery().processInstanceId(result.processInstanceId()).singleResult();
    }

    public void completeNegotiation(IntakeResult result, Map<String, Object> variables) {
        TaskService tasks = engine.getTaskService();
        tasks.complete(negotiationTask(result).getId(), variables);
    }

    public int deliverMail() {
        return outbox.deliverDue();
    }

    public List<String> activeActivities(IntakeResult result) {
        return engine.getRuntimeService().getActiveActivityIds(result.processInstanceId());
    }
}
