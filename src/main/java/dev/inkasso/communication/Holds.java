package dev.inkasso.communication;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtcase.CaseStatus;
import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.web.ConflictException;
import dev.inkasso.web.InvalidInputException;
import dev.inkasso.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds pause a case: its process is suspended (no timer fires, no automatic letter leaves) and, when the
 * last hold ends, every timer is moved later by the length of the pause, so the case continues exactly
 * where it stood. A payment still reaches a held case.
 */
@Service
public class Holds {
    private static final Logger log = LoggerFactory.getLogger(Holds.class);

    private final CaseHoldRepository holds;
    private final DebtCaseRepository cases;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final InteractionLog interactions;
    private final OutboxRepository outbox;
    private final CreditorProperties creditor;
    private final Clock clock;

    public Holds(CaseHoldRepository holds, DebtCaseRepository cases, RuntimeService runtime, ManagementService management,
                 InteractionLog interactions, OutboxRepository outbox, CreditorProperties creditor, Clock clock) {
        this.holds = holds;
        this.cases = cases;
        this.runtime = runtime;
        this.management = management;
        this.interactions = interactions;
        this.outbox = outbox;
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
        DebtCase debtCase = cases.findById(caseId).orElseThrow(() -> new NotFoundException("No debt case " + caseId));
        if (!debtCase.isOpen()) {
            throw new ConflictException("caseId", "case " + caseId + " is closed");
        }
        CaseHold hold = holds.save(new CaseHold(caseId, reason, until, blankToNull(note), actor, clock.instant()));
        if (pauseProcess && !debtCase.isHeld()) {
            debtCase.holdSince(clock.instant());
            activeProcess(debtCase).ifPresent(pid -> runtime.suspendProcessInstanceById(pid));
        }
        interactions.record(caseId, ContactChannel.SYSTEM, Direction.INTERNAL, "HOLD", "PLACED", actor,
                "Приостановка: " + reason, (until == null ? "Без срока" : "До " + RussianFormat.date(until))
                        + (hold.getNote() == null ? "" : ". " + hold.getNote()));
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
        return open.stream().map(c -> place(c.getId(), reason, until, note, actor)).toList();
    }

    @Transactional
    public void lift(long caseId, long holdId, String actor) {
        CaseHold hold = holds.findById(holdId).filter(h -> h.getCaseId() == caseId)
                .orElseThrow(() -> new NotFoundException("No hold " + holdId + " on case " + caseId));
        if (!hold.isActive()) {
            throw new ConflictException("holdId", "hold " + holdId + " has ended already");
        }
        end(hold, actor);
    }

    /** Ends every hold whose end date has come; runs on a schedule (HoldExpiry). */
    @Transactional
    public int liftExpired() {
        List<CaseHold> expired = holds.lockExpired(today());
        expired.forEach(h -> end(h, InteractionLog.SYSTEM_ACTOR));
        return expired.size();
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
     * Runs {@code action} (e.g. a payment's message) with the case's process active, and pauses it again
     * afterwards if the case is still held and its process still runs.
     */
    @Transactional
    public void withProcessActive(DebtCase debtCase, Runnable action) {
        String pid = debtCase.getProcessInstanceId();
        boolean suspended = pid != null && runtime.createProcessInstanceQuery().processInstanceId(pid).suspended().count() > 0;
        if (suspended) {
            runtime.activateProcessInstanceById(pid);
        }
        action.run();
        if (suspended && runtime.createProcessInstanceQuery().processInstanceId(pid).active().count() > 0) {
            runtime.suspendProcessInstanceById(pid);
        }
    }

    private void end(CaseHold hold, String actor) {
        hold.lift(actor, clock.instant());
        interactions.record(hold.getCaseId(), ContactChannel.SYSTEM, Direction.INTERNAL, "HOLD", "LIFTED", actor,
                "Приостановка снята: " + hold.getReason(), null);
        DebtCase debtCase = cases.findById(hold.getCaseId()).orElseThrow();
        if (!holds.existsByCaseIdAndLiftedAtIsNull(hold.getCaseId()) && debtCase.isHeld()) {
            resume(debtCase);
        } else if (!holds.existsByCaseIdAndLiftedAtIsNull(hold.getCaseId())) {
            outbox.releaseDeferred(debtCase.getId(), OutboxSender.DEFERRED_FOR_HOLD, clock.instant());
        }
    }

    private void resume(DebtCase debtCase) {
        Instant now = clock.instant();
        Duration paused = debtCase.releaseHold(now);
        String pid = debtCase.getProcessInstanceId();
        if (pid != null && runtime.createProcessInstanceQuery().processInstanceId(pid).count() > 0) {
            for (Job timer : management.createJobQuery().processInstanceId(pid).timers().list()) {
                management.setJobDuedate(timer.getId(), Date.from(timer.getDuedate().toInstant().plus(paused)));
            }
            runtime.activateProcessInstanceById(pid);
        }
        outbox.releaseDeferred(debtCase.getId(), OutboxSender.DEFERRED_FOR_HOLD, now);
        log.info("Case {} resumed after a pause of {}", debtCase.getId(), paused);
    }

    private java.util.Optional<String> activeProcess(DebtCase debtCase) {
        String pid = debtCase.getProcessInstanceId();
        return java.util.Optional.ofNullable(pid)
                .filter(id -> runtime.createProcessInstanceQuery().processInstanceId(id).active().count() > 0);
    }

    private LocalDate today() {
        return creditor.today(clock);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
