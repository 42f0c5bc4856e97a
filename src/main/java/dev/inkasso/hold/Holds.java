package dev.inkasso.hold;

import dev.inkasso.format.RussianFormat;
import dev.inkasso.interaction.Direction;
import dev.inkasso.interaction.ContactChannel;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtcase.CaseLocks;
import dev.inkasso.debtcase.CaseStatus;
import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.web.ConflictException;
import dev.inkasso.web.InvalidInputException;
import dev.inkasso.web.NotFoundException;
import dev.inkasso.web.RetryingTransaction;
import dev.inkasso.workflow.ProcessTree;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds pause a case: its process and every process it called are suspended (no timer fires, no task can
 * be worked, no automatic letter leaves) and, when the last hold ends, every timer and task due date of
 * that tree is moved later by the length of the pause, so the case continues exactly where it stood. A
 * payment or a partner's message still reaches a held case. When the last hold ends, {@link HoldsEnded} is
 * published so that deferred letters may leave.
 */
@Service
public class Holds {
    private static final Logger log = LoggerFactory.getLogger(Holds.class);

    private final CaseHoldRepository holds;
    private final DebtCaseRepository cases;
    private final ProcessTree processTree;
    private final InteractionLog interactions;
    private final ApplicationEventPublisher events;
    private final dev.inkasso.audit.AuditLog audit;
    private final CreditorProperties creditor;
    private final CaseLocks caseLocks;
    private final RetryingTransaction transaction;
    private final Clock clock;

    public Holds(CaseHoldRepository holds, DebtCaseRepository cases, ProcessTree processTree, InteractionLog interactions,
                 ApplicationEventPublisher events, dev.inkasso.audit.AuditLog audit, CreditorProperties creditor,
                 CaseLocks caseLocks, RetryingTransaction transaction, Clock clock) {
        this.caseLocks = caseLocks;
        this.transaction = transaction;
        this.audit = audit;
        this.holds = holds;
        this.cases = cases;
        this.processTree = processTree;
        this.interactions = interactions;
        this.events = events;
        this.creditor = creditor;
        this.clock = clock;
    }

    @Transactional
    public CaseHold place(long caseId, HoldReason reason, LocalDate until, String note, String actor) {
        return place(caseId, reason, until, note, actor, true);
    }

    /**
     * A hold the process itself places while it waits (a dispute being resolved, a hardship pause): no letter
     * leaves, but the process is not suspended, because it is waiting in the step that ends the hold.
     */
    @Transactional
    public CaseHold placeWhileProcessWaits(long caseId, HoldReason reason, LocalDate until, String note, String actor) {
        return place(caseId, reason, until, note, actor, false);
    }

    /** Ends a hold if it is still active (the process ends its own holds; the end date may have come first). */
    @Transactional
    public void endIfActive(long holdId, String actor) {
        holds.findById(holdId).filter(CaseHold::isActive).ifPresent(h -> end(h, actor));
    }

    private CaseHold place(long caseId, HoldReason reason, LocalDate until, String note, String actor, boolean pauseProcess) {
        if (reason == null) {
            throw InvalidInputException.of("reason", "must be one of DISPUTE, HARDSHIP, BANKRUPTCY, CONTACT_REFUSED, OTHER");
        }
        if (until != null && !until.isAfter(today())) {
            throw InvalidInputException.of("until", "must be a day after today");
        }
        DebtCase debtCase = caseLocks.lock(caseId).orElseThrow(() -> new NotFoundException("No debt case " + caseId));
        if (!debtCase.isOpen()) {
            throw new ConflictException("caseId", "case " + caseId + " is closed");
        }
        CaseHold hold = holds.save(new CaseHold(caseId, reason, until, blankToNull(note), actor, clock.instant()));
        if (pauseProcess && !debtCase.isHeld()) {
            debtCase.holdSince(clock.instant());
            processTree.suspend(debtCase.getProcessInstanceId());
        }
        interactions.record(caseId, ContactChannel.SYSTEM, Direction.INTERNAL, "HOLD", "PLACED", actor,
                "Приостановка: " + reason, (until == null ? "Без срока" : "До " + RussianFormat.date(until))
                        + (hold.getNote() == null ? "" : ". " + hold.getNote()));
        audit.record(actor, "HOLD_PLACED", "case " + caseId, "hold " + hold.getId() + ": " + reason
                + (until == null ? "" : " until " + until));
        log.info("Hold {} placed on case {} ({})", hold.getId(), caseId, reason);
        return hold;
    }

    /** A hold on every open case of a debtor, all or none. */
    @Transactional
    public List<CaseHold> placeForDebtor(long debtorId, HoldReason reason, LocalDate until, String note, String actor) {
        List<DebtCase> open = cases.findByInvoiceDebtorIdAndStatus(debtorId, CaseStatus.OPEN);
        if (open.isEmpty()) {
            throw new NotFoundException("No open case of debtor " + debtorId);
        }
        // cases are locked in id order, as every writer of several cases does
        return open.stream().map(DebtCase::getId).sorted().map(id -> place(id, reason, until, note, actor)).toList();
    }

    @Transactional
    public void lift(long caseId, long holdId, String actor) {
        caseLocks.lock(caseId);
        CaseHold hold = holds.findById(holdId).filter(h -> h.getCaseId() == caseId)
                .orElseThrow(() -> new NotFoundException("No hold " + holdId + " on case " + caseId));
        if (!hold.isActive()) {
            throw new ConflictException("holdId", "hold " + holdId + " has ended already");
        }
        end(hold, actor);
    }

    /** Ends every active hold of a case (its debt is paid: there is nothing left to pause). */
    @Transactional
    public void liftAll(long caseId, String actor) {
        caseLocks.lock(caseId);
        holds.findByCaseIdOrderByPlacedAtAsc(caseId).stream().filter(CaseHold::isActive).forEach(h -> end(h, actor));
    }

    /**
     * Ends every hold whose end date has come; runs on a schedule (HoldExpiry). Each case in a transaction of its own
     * (run again when it loses a race): a debtor-wide hold over thousands of cases keeps one case locked at a time,
     * for milliseconds, where one transaction kept every case locked — payments to them waiting — until the last was
     * lifted, and grew slower with each case it held. A case whose holds cannot be lifted now is logged and tried
     * again at the next poll; the others are lifted. Each case's holds are read again under its lock, so a second node
     * or an officer lifting by hand at the same time never lifts one twice.
     */
    public int liftExpired() {
        LocalDate today = today();
        int lifted = 0;
        for (long caseId : holds.casesWithExpiredHolds(today)) {
            try {
                lifted += transaction.run(() -> liftExpired(caseId, today));
            } catch (RuntimeException e) {
                log.warn("Expired holds of case {} not lifted, tried again at the next poll: {}", caseId,
                        e.getClass().getName());
            }
        }
        return lifted;
    }

    private int liftExpired(long caseId, LocalDate today) {
        caseLocks.lock(caseId);
        int lifted = 0;
        for (CaseHold hold : holds.findByCaseIdOrderByPlacedAtAsc(caseId)) {
            if (hold.isActive() && hold.getUntil() != null && !hold.getUntil().isAfter(today)) {
                end(hold, InteractionLog.SYSTEM_ACTOR);
                lifted++;
            }
        }
        return lifted;
    }

    @Transactional(readOnly = true)
    public boolean isOnHold(long caseId) {
        return holds.existsByCaseIdAndLiftedAtIsNull(caseId);
    }

    @Transactional(readOnly = true)
    public List<CaseHold> history(long caseId) {
        return holds.findByCaseIdOrderByPlacedAtAsc(caseId);
    }

    /**
     * Runs {@code action} (a payment's or a partner's message) with the case's process tree active, and pauses
     * the tree again afterwards if the case is still held.
     */
    @Transactional
    public void withProcessActive(DebtCase debtCase, Runnable action) {
        caseLocks.lock(debtCase.getId());
        processTree.withActive(debtCase.getProcessInstanceId(), action);
    }

    /** As {@link #withProcessActive(DebtCase, Runnable)}, for a case whose running process the caller has just read. */
    public void withProcessActive(DebtCase debtCase, ProcessInstance process, Runnable action) {
        caseLocks.lock(debtCase.getId());
        processTree.withActive(process, action);
    }

    private void end(CaseHold hold, String actor) {
        hold.lift(actor, clock.instant());
        audit.record(actor, "HOLD_LIFTED", "case " + hold.getCaseId(), "hold " + hold.getId() + ": " + hold.getReason());
        interactions.record(hold.getCaseId(), ContactChannel.SYSTEM, Direction.INTERNAL, "HOLD", "LIFTED", actor,
                "Приостановка снята: " + hold.getReason(), null);
        if (holds.existsByCaseIdAndLiftedAtIsNull(hold.getCaseId())) {
            return;
        }
        DebtCase debtCase = cases.findById(hold.getCaseId())
                .orElseThrow(() -> new IllegalStateException("Hold " + hold.getId() + " names no debt case"));
        if (debtCase.isHeld()) {
            resume(debtCase);
        }
        events.publishEvent(new HoldsEnded(debtCase.getId(), clock.instant()));
    }

    private void resume(DebtCase debtCase) {
        Duration paused = debtCase.releaseHold(clock.instant());
        String pid = debtCase.getProcessInstanceId();
        processTree.activate(pid);
        processTree.shiftDeadlines(pid, paused);
        log.info("Case {} resumed after a pause of {}", debtCase.getId(), paused);
    }

    private LocalDate today() {
        return creditor.today(clock);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
