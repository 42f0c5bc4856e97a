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
    private static final java.util.Set<String> EXPLICIT_SAVE_POINTS = java.util.Set.of(
            dev.inkasso.workflow.DebtCaseProcess.Elements.TASK_DECIDE_STRATEGY_AT_ESCALATION,
            dev.inkasso.workflow.DebtCaseProcess.Elements.CALL_COURT_PROCEEDINGS);
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

    /** Opens the case and lets its process run to its first wait, as the job executor would at once. */
    public IntakeResult open(InvoiceRequest invoice) {
        IntakeResult result = intake.open(invoice);
        settle(result.processInstanceId());
        return result;
    }

    /**
     * Runs every asynchronous continuation that is due in the case's process tree (save points after the start,
     * after a task, before a step with external effects), until the tree waits for a timer, a message or a person
     * — what the job executor does right after each commit. A continuation that fails throws. The one save point
     * it leaves alone are the escalation decision and the start of the court stage, which tests reach and pass
     * explicitly ({@link #continueAt}).
     */
    public void settle(String processInstanceId) {
        ManagementService management = engine.getManagementService();
        for (int round = 0; round < 50; round++) {
            List<Job> due = new java.util.ArrayList<>();
            for (String id : tree(processInstanceId)) {
                management.createJobQuery().processInstanceId(id).messages().executable().list().stream()
                        .filter(job -> !EXPLICIT_SAVE_POINTS.contains(activityOf(job)))
                        .forEach(due::add);
            }
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("process " + processInstanceId + " keeps creating jobs");
    }

    public void settle(IntakeResult result) {
        settle(result.processInstanceId());
    }

    private String activityOf(Job job) {
        return engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult().getActivityId();
    }

    /** The case's own process for any process in its tree. */
    public String root(String processInstanceId) {
        String id = processInstanceId;
        for (ProcessInstance parent; (parent = engine.getRuntimeService().createProcessInstanceQuery()
                .subProcessInstanceId(id).singleResult()) != null; ) {
            id = parent.getId();
        }
        return id;
    }

    private List<String> tree(String rootId) {
        List<String> ids = new java.util.ArrayList<>(List.of(rootId));
        for (int i = 0; i < ids.size(); i++) {
            engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list()
                    .forEach(child -> ids.add(child.getId()));
        }
        return ids;
    }

    public ProcessInstance instance(IntakeResult result) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(result.processInstanceId()).singleResult();
    }

    /** Moves the engine clock to the timer's due date and fires it; fails if the case is not waiting there. */
    public void fireTimer(IntakeResult result, String timerActivityId) {
        ManagementService management = engine.getManagementService();
        String root = root(result.processInstanceId());
        Job job = management.createJobQuery().processInstanceId(result.processInstanceId())
                .activityId(timerActivityId).singleResult();
        assertThat(job).as("timer job at %s", timerActivityId).isNotNull();
        Date due = job.getDuedate();
        if (due != null && due.after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(due);
        }
        management.executeJob(job.getId());
        settle(root);
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
        String root = root(processInstanceId);
        management.executeJob(job.getId());
        settle(root);
    }

    /** The process a case called at the moment (a plan, an agency placement, a claim), if any. */
    public org.camunda.bpm.engine.runtime.ProcessInstance calledBy(IntakeResult result, String processKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(result.processInstanceId())
                .processDefinitionKey(processKey).singleResult();
    }

    public void pay(String paymentId, String invoiceNumber, String amount) {
        pay(paymentId, invoiceNumber, amount, "BANK_TRANSFER");
    }

    /** A payment now, by {@code method} (e.g. FSSP or BANK_WRIT for money collected on a writ). */
    public void pay(String paymentId, String invoiceNumber, String amount, String method) {
        receivePayment(paymentId, invoiceNumber, amount, method);
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(invoiceNumber)
                .processDefinitionKey(dev.inkasso.workflow.DebtCaseProcess.KEY).list().forEach(pi -> settle(pi.getId()));
    }

    /** A payment now, received as the API receives it, with none of the jobs it may leave run yet. */
    public void receivePayment(String paymentId, String invoiceNumber, String amount, String method) {
        payments.receive(new PaymentRequest(paymentId, invoiceNumber, new BigDecimal(amount),
                Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()).toString(), method));
    }

    public Task negotiationTask(IntakeResult result) {
        return engine.getTaskService().createTaskQuery().processInstanceId(result.processInstanceId()).singleResult();
    }

    public void completeNegotiation(IntakeResult result, Map<String, Object> variables) {
        TaskService tasks = engine.getTaskService();
        tasks.complete(negotiationTask(result).getId(), variables);
        settle(result);
    }

    /** Sends every letter that is due now, batch after batch (other tests may have left due letters behind). */
    public int deliverMail() {
        int total = 0;
        for (int batch; (batch = outbox.deliverDue()) > 0; ) {
            total += batch;
        }
        return total;
    }

    public List<String> activeActivities(IntakeResult result) {
        return engine.getRuntimeService().getActiveActivityIds(result.processInstanceId());
    }
}
