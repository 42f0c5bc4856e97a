package dev.inkasso.negotiation;

import dev.inkasso.hold.CaseHold;
import dev.inkasso.hold.HoldReason;
import dev.inkasso.hold.Holds;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.communication.LetterKind;
import dev.inkasso.communication.Letters;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.debtcase.CaseLifecycle;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.payment.Balances;
import dev.inkasso.payment.WriteOff;
import dev.inkasso.payment.WriteOffRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A disputed debt: escalation waits (a hold) until an officer or lawyer upholds or rejects the dispute. */
@Service
public class Disputes {
    public enum Resolution { UPHELD, REJECTED }

    /** What the case does next: it is closed (all written off), or collection goes on. */
    public enum Outcome { WRITTEN_OFF, CONTINUE }

    private final Holds holds;
    private final WriteOffRepository writeOffs;
    private final DebtCaseRepository cases;
    private final Balances balances;
    private final CaseLifecycle lifecycle;
    private final Letters letters;
    private final InteractionLog interactions;
    private final Clock clock;

    private final dev.inkasso.audit.AuditLog audit;

    public Disputes(Holds holds, WriteOffRepository writeOffs, DebtCaseRepository cases, Balances balances,
                    CaseLifecycle lifecycle, Letters letters, InteractionLog interactions, Clock clock, dev.inkasso.audit.AuditLog audit) {
        this.audit = audit;
        this.holds = holds;
        this.writeOffs = writeOffs;
        this.cases = cases;
        this.balances = balances;
        this.lifecycle = lifecycle;
        this.letters = letters;
        this.interactions = interactions;
        this.clock = clock;
    }

    @Transactional
    public CaseHold open(long caseId, String reason, String actor) {
        return holds.placeWhileProcessWaits(caseId, HoldReason.DISPUTE, null, reason, actor);
    }

    /**
     * Upheld: {@code writeOff} (default: all that is outstanding) is written off with the note as reason.
     * Rejected: the debtor gets a letter with the note as the explanation. Either way the hold ends.
     */
    @Transactional
    public Outcome resolve(long caseId, long holdId, Resolution resolution, BigDecimal writeOff, String note, String actor) {
        holds.endIfActive(holdId, actor);
        if (resolution == Resolution.REJECTED) {
            letters.queue(caseId, LetterKind.DISPUTE_REJECTED, "hold-" + holdId, Map.of("explanation", note));
            interactions.record(caseId, dev.inkasso.interaction.ContactChannel.SYSTEM,
                    dev.inkasso.interaction.Direction.INTERNAL, "DISPUTE", "REJECTED", actor, null, note);
            return Outcome.CONTINUE;
        }
        BigDecimal outstanding = balances.of(caseId).outstanding();
        BigDecimal amount = writeOff == null ? outstanding : writeOff.min(outstanding);
        if (amount.signum() > 0) {
            writeOffs.save(new WriteOff(caseId, amount, note, actor, clock.instant()));
            audit.record(actor, "WRITE_OFF", "case " + caseId, amount.toPlainString() + " RUB: " + note);
        }
        interactions.record(caseId, dev.inkasso.interaction.ContactChannel.SYSTEM,
                dev.inkasso.interaction.Direction.INTERNAL, "DISPUTE", "UPHELD", actor, null,
                "Списано " + RussianFormat.money(amount) + ": " + note);
        if (balances.of(caseId).isSettled()) {
            lifecycle.closeAsWrittenOff(caseId, note);
            return Outcome.WRITTEN_OFF;
        }
        return Outcome.CONTINUE;
    }
}
