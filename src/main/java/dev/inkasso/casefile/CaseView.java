package dev.inkasso.casefile;

import dev.inkasso.debtcase.CaseStatus;
import dev.inkasso.debtcase.CaseStage;
import dev.inkasso.hold.HoldView;
import dev.inkasso.interaction.Interaction;
import dev.inkasso.court.CourtView;
import dev.inkasso.debtor.DebtorView;
import dev.inkasso.enforcement.EnforcementView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/cases/{id}}: the case with its balance (derived) and its interaction log. */
public record CaseView(Long id, String invoiceNumber, DebtorView debtor, CaseStage stage, CaseStatus status,
                       BigDecimal principal, BigDecimal paid, BigDecimal outstanding, String currency,
                       LocalDate issueDate, LocalDate dueDate, String contractRef, String processInstanceId,
                       Instant openedAt, Instant closedAt, Accrued accrued, Limitation limitation,
                       boolean onHold, List<HoldView> activeHolds, List<HoldView> holds, BigDecimal writtenOff, PromiseView promise,
                       PlanView installmentPlan, List<WriteOffView> writeOffs, CourtView court, EnforcementView enforcement,
                       List<InteractionView> interactions) {

    /** What was written off, why, by whom and when. */
    public record WriteOffView(BigDecimal amount, String reason, String actor, Instant createdAt) {
    }

    /** The latest promise to pay. */
    public record PromiseView(BigDecimal amount, LocalDate promisedDate, String status) {
    }

    /** The latest installment plan with each installment's status. */
    public record PlanView(Long id, String status, BigDecimal total, List<InstallmentView> installments) {
    }

    public record InstallmentView(int seq, LocalDate dueDate, BigDecimal amount, String status) {
    }

    /**
     * Interest (ст. 395) or contractual penalties to {@code asOf} with the расчёт's lines (interest first, then
     * penalties); both null and no lines, with {@code note}, when the key-rate table does not reach today.
     */
    public record Accrued(LocalDate asOf, BigDecimal interest, BigDecimal penalties, String note,
                          List<dev.inkasso.legal.Period> periods) {
    }

    /** When the limitation period runs out, and whether that is within the warning window. */
    public record Limitation(LocalDate expiresOn, boolean expiringSoon, String basis) {
    }

    public record InteractionView(Long id, Instant occurredAt, String channel, String direction, String kind,
                                  String outcome, String actor, String subject, String content) {
        public static InteractionView of(Interaction i) {
            return new InteractionView(i.getId(), i.getOccurredAt(), i.getChannel().name(), i.getDirection().name(),
                    i.getKind(), i.getOutcome(), i.getActor(), i.getSubject(), i.getContent());
        }
    }
}
