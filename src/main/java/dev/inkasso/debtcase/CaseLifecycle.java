package dev.inkasso.debtcase;

import dev.inkasso.interaction.InteractionLog;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves a case through its stages and closes it; called by the process, in the engine's transaction. */
@Service
public class CaseLifecycle {
    private final DebtCaseRepository cases;
    private final InteractionLog interactions;
    private final Clock clock;

    public CaseLifecycle(DebtCaseRepository cases, InteractionLog interactions, Clock clock) {
        this.cases = cases;
        this.interactions = interactions;
        this.clock = clock;
    }

    @Transactional
    public void enter(long caseId, CaseStage stage) {
        DebtCase debtCase = get(caseId);
        if (debtCase.isOpen() && debtCase.getStage() != stage) {
            debtCase.moveTo(stage);
        }
    }

    /** Everything left was written off: the case closes as WRITTEN_OFF. */
    @Transactional
    public void closeAsWrittenOff(long caseId, String reason) {
        get(caseId).close(CaseStatus.WRITTEN_OFF, clock.instant());
        interactions.system(caseId, "CASE", "CLOSED_WRITTEN_OFF", "Остаток долга списан: " + reason);
    }

    private DebtCase get(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new IllegalStateException("No debt case " + caseId));
    }
}
