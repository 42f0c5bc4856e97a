package dev.inkasso.workflow.engine;

import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.*;

import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * History level {@code inkasso}: what Cockpit and the process tests need to show where a case went, and no
 * more. The domain's interaction log is the evidence a court asks for; the engine's history is an operator's
 * view that history cleanup removes after the definitions' time to live.
 *
 * <ul>
 *   <li>kept: process, activity and task instances (audit), incidents, the user operation log (who suspended,
 *       retried or modified what in Cockpit), batches (migrations, cleanup);</li>
 *   <li>activities: every task, event and subprocess a case passed, except its gateways and none start events
 *       ({@link #isPassedWithoutTrace}). A gateway decides, it does no work: where a case went is the tasks and events
 *       after it. A none start event repeats its instance's start ({@code ACT_HI_PROCINST.START_ACT_ID_}, or the
 *       subprocess's own row). On the reminder path they were two to three of a case's six to seven activity rows,
 *       each ~1.4 KB with the table's ten indexes (bench/RESULTS.md);</li>
 *   <li>variables: ids and decisions only — never the case facts shown in forms ({@code view*}), the typed-in
 *       amounts and notes, the strategy result map or the table row's other outputs beside the strategy, or the
 *       reminder timeline's instants, which follow from the invoice and which Cockpit shows on the timers themselves
 *       ({@link #isHistoric(String)}; bench/RESULTS.md);</li>
 *   <li>dropped: the variable change log ({@code ACT_HI_DETAIL}), submitted form fields, decision inputs (they
 *       hold balances), the job and external-task logs, identity links.</li>
 * </ul>
 */
public final class InkassoHistoryLevel implements HistoryLevel {
    public static final String NAME = "inkasso";
    static final InkassoHistoryLevel INSTANCE = new InkassoHistoryLevel();

    /**
     * Variables that hold personal data or money (they live in the domain), instants that follow from the invoice, or
     * the strategy table's row beside the strategy itself: whether to call, whether to send the friendly reminder, how
     * long to wait, the tasks' priority and the escalation route show in the path the case took (its tasks, timers,
     * called processes and the tasks' own priority), and the case's interaction log records each strategy with its
     * route. Five of a case's seven historic variables, ~0.65 KB each with the table's indexes (bench/RESULTS.md).
     */
    private static final Set<String> NOT_HISTORIC = Set.of("strategyDecision", "negotiationNote", "promisedAmount",
            "installments", "writeOffAmount", "resolutionNote", "claimReply", "callNote", "holdNote", "disputeReason",
            "preDueReminderPlanned", "preDueReminderAt", "overdueAt",
            "personalCall", "friendlyReminder", "waitFactor", "taskPriority", "escalationRoute");
    private static final Set<HistoryEventType> KEPT_BEYOND_AUDIT = Set.of(INCIDENT_CREATE, INCIDENT_MIGRATE,
            INCIDENT_DELETE, INCIDENT_RESOLVE, INCIDENT_UPDATE, USER_OPERATION_LOG, BATCH_START, BATCH_END, BATCH_UPDATE);
    private static final Set<HistoryEventType> ACTIVITY_EVENTS = Set.of(ACTIVITY_INSTANCE_START, ACTIVITY_INSTANCE_UPDATE,
            ACTIVITY_INSTANCE_END, ACTIVITY_INSTANCE_MIGRATE);
    private static final Set<String> WITHOUT_TRACE = Set.of(ActivityTypes.START_EVENT, ActivityTypes.GATEWAY_EXCLUSIVE,
            ActivityTypes.GATEWAY_INCLUSIVE, ActivityTypes.GATEWAY_PARALLEL, ActivityTypes.GATEWAY_COMPLEX,
            ActivityTypes.GATEWAY_EVENT_BASED);
    private static final Set<HistoryEventType> VARIABLE_EVENTS = Set.of(VARIABLE_INSTANCE_CREATE, VARIABLE_INSTANCE_UPDATE,
            VARIABLE_INSTANCE_MIGRATE, VARIABLE_INSTANCE_DELETE);

    private InkassoHistoryLevel() {
    }

    /** Whether a variable of this name reaches {@code ACT_HI_VARINST}. */
    public static boolean isHistoric(String variableName) {
        return !variableName.startsWith("view") && !NOT_HISTORIC.contains(variableName);
    }

    /**
     * Whether an activity event is about a gateway or a none start event: the engine asks with the execution at the
     * activity (and with no entity when it parses a model, which must keep the listeners every other activity needs).
     */
    private static boolean isPassedWithoutTrace(Object entity) {
        if (!(entity instanceof PvmExecutionImpl execution) || execution.getActivity() == null) {
            return false;
        }
        String type = execution.getActivity().getProperties().get(BpmnProperties.TYPE);
        return type != null && WITHOUT_TRACE.contains(type);
    }

    @Override
    public int getId() {
        return 31;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (ACTIVITY_EVENTS.contains(eventType) && isPassedWithoutTrace(entity)) {
            return false;
        }
        if (VARIABLE_EVENTS.contains(eventType)) {
            return !(entity instanceof VariableInstance variable) || isHistoric(variable.getName());
        }
        return KEPT_BEYOND_AUDIT.contains(eventType)
                || (eventType != VARIABLE_INSTANCE_UPDATE_DETAIL && HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(eventType, entity));
    }
}
