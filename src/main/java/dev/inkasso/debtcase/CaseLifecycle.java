package dev.inkasso.debtcase;

import dev.inkasso.interaction.InteractionLog;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves a case through its stages and closes it; called by the process, in the engine's transaction. */
@Service
public class CaseLifecycle {
    private final DebtCaseRepository cases;
    private final InteractionLog interactions;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    public CaseLifecycle(DebtCaseRepository cases, InteractionLog interactions, Clock clock, JdbcTemplate jdbc,
                         ApplicationEventPublisher events) {
        this.cases = cases;
        this.events = events;
        this.jdbc = jdbc;
        this.interactions = interactions;
        this.clock = clock;
    }

    @Transactional
    public void enter(long caseId, CaseStage stage) {
        DebtCase debtCase = get(caseId);
        if (debtCase.isOpen() && debtCase.getStage() != stage) {
            debtCase.moveTo(stage);
            // the stage history feeds the funnel and days-to-cash; PRE_DUE is implied by opened_at
            jdbc.update("insert into inkasso.case_stage_change (case_id, stage, entered_at) values (?, ?, ?)",
                    caseId, stage.name(), java.sql.Timestamp.from(clock.instant()));
            events.publishEvent(CaseChanged.entered(caseId, stage));
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
