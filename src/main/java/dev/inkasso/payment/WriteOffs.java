package dev.inkasso.payment;

import dev.inkasso.debtcase.CaseLifecycle;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.interaction.InteractionLog;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing off what is left of a case (a manager's decision) and closing it as WRITTEN_OFF. */
@Service
public class WriteOffs {
    private final Balances balances;
    private final WriteOffRepository writeOffs;
    private final CaseLifecycle lifecycle;
    private final InteractionLog interactions;
    private final dev.inkasso.audit.AuditLog audit;
    private final Clock clock;

    public WriteOffs(Balances balances, WriteOffRepository writeOffs, CaseLifecycle lifecycle,
                     InteractionLog interactions, dev.inkasso.audit.AuditLog audit, Clock clock) {
        this.audit = audit;
        this.balances = balances;
        this.writeOffs = writeOffs;
        this.lifecycle = lifecycle;
        this.interactions = interactions;
        this.clock = clock;
    }

    /** Writes off the whole outstanding balance with its reason; returns the amount. */
    @Transactional
    public BigDecimal writeOffRest(long caseId, String reason, String actor) {
        BigDecimal outstanding = balances.of(caseId).outstanding();
        if (outstanding.signum() > 0) {
            writeOffs.save(new WriteOff(caseId, outstanding, reason, actor, clock.instant()));
        }
        audit.record(actor, "WRITE_OFF", "case " + caseId, outstanding.toPlainString() + " RUB: " + reason);
        interactions.system(caseId, "WRITE_OFF", "APPROVED", "Списано " + RussianFormat.money(outstanding) + ": " + reason);
        lifecycle.closeAsWrittenOff(caseId, reason);
        return outstanding;
    }
}
