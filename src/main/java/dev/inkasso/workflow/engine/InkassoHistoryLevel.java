package dev.inkasso.workflow.engine;

import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.*;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * History level {@code inkasso}: what Cockpit and the process tests need to show where a case went, and no
 * more. The domain's interaction log is the evidence a court asks for; the engine's history is an operator's
 * view that history cleanup removes after the definitions' time to live.
 *
 * <ul>
 *   <li>kept: process, activity and task instances (audit), incidents, the user operation log (who suspended,
 *       retried or modified what in Cockpit), batches (migrations, cleanup);</li>
 *   <li>variables: ids and decisions only — never the case facts shown in forms ({@code view*}), the typed-in
 *       amounts and notes, the strategy result map, or the reminder timeline's instants, which follow from the invoice
 *       and which Cockpit shows on the timers themselves ({@link #isHistoric(String)}; three rows of every case's
 *       history, about a tenth of its bytes: bench/RESULTS.md);</li>
 *   <li>dropped: the variable change log ({@code ACT_HI_DETAIL}), submitted form fields, decision inputs (they
 *       hold balances), the job and external-task logs, identity links.</li>
 * </ul>
 */
public final class InkassoHistoryLevel implements HistoryLevel {
    public static final String NAME = "inkasso";
    static final InkassoHistoryLevel INSTANCE = new InkassoHistoryLevel();

    /** Variables that hold personal data or money (they live in the domain), or instants that follow from the invoice. */
    private static final Set<String> NOT_HISTORIC = Set.of("strategyDecision", "negotiationNote", "promisedAmount",
            "installments", "writeOffAmount", "resolutionNote", "claimReply", "callNote", "holdNote", "disputeReason",
            "preDueReminderPlanned", "preDueReminderAt", "overdueAt");
    private static final Set<HistoryEventType> KEPT_BEYOND_AUDIT = Set.of(INCIDENT_CREATE, INCIDENT_MIGRATE,
            INCIDENT_DELETE, INCIDENT_RESOLVE, INCIDENT_UPDATE, USER_OPERATION_LOG, BATCH_START, BATCH_END, BATCH_UPDATE);
    private static final Set<HistoryEventType> VARIABLE_EVENTS = Set.of(VARIABLE_INSTANCE_CREATE, VARIABLE_INSTANCE_UPDATE,
            VARIABLE_INSTANCE_MIGRATE, VARIABLE_INSTANCE_DELETE);

    private InkassoHistoryLevel() {
    }

    /** Whether a variable of this name reaches {@code ACT_HI_VARINST}. */
    public static boolean isHistoric(String variableName) {
        return !variableName.startsWith("view") && !NOT_HISTORIC.contains(variableName);
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
        if (VARIABLE_EVENTS.contains(eventType)) {
            return !(entity instanceof VariableInstance variable) || isHistoric(variable.getName());
        }
        return KEPT_BEYOND_AUDIT.contains(eventType)
                || (eventType != VARIABLE_INSTANCE_UPDATE_DETAIL && HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(eventType, entity));
    }
}
