package dev.inkasso.casefile;

import dev.inkasso.court.CourtCases;
import dev.inkasso.enforcement.Enforcements;

import dev.inkasso.claim.PreTrialClaimRepository;
import dev.inkasso.config.CreditorProperties;
import java.time.LocalDate;

import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.hold.HoldView;
import dev.inkasso.hold.Holds;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.debtor.DebtorView;
import dev.inkasso.debtcase.Invoice;
import dev.inkasso.legal.ClaimAmounts;
import dev.inkasso.negotiation.InstallmentPlan;
import dev.inkasso.negotiation.InstallmentPlanRepository;
import dev.inkasso.negotiation.PromiseRepository;
import dev.inkasso.legal.LegalCalculator;
import dev.inkasso.legal.LegalProperties;
import dev.inkasso.legal.LimitationPeriod;
import java.util.Optional;
import dev.inkasso.payment.Balance;
import dev.inkasso.payment.Balances;
import dev.inkasso.web.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of cases: one case with its log, and filtered pages for lists and dashboards. */
@Service
public class CaseQueries {
    private final DebtCaseRepository cases;
    private final Balances balances;
    private final InteractionLog interactions;
    private final ClaimAmounts claims;
    private final LegalCalculator calculator;
    private final LegalProperties legal;
    private final Holds holds;
    private final PromiseRepository promises;
    private final InstallmentPlanRepository plans;
    private final PreTrialClaimRepository preTrialClaims;
    private final CreditorProperties creditor;
    private final CourtCases courtCases;
    private final Enforcements enforcements;
    private final dev.inkasso.legal.Acknowledgements acknowledgements;
    private final dev.inkasso.payment.WriteOffRepository writeOffs;

    public CaseQueries(DebtCaseRepository cases, Balances balances, InteractionLog interactions, ClaimAmounts claims,
                       LegalCalculator calculator, LegalProperties legal, Holds holds,
                       PromiseRepository promises, InstallmentPlanRepository plans, PreTrialClaimRepository preTrialClaims,
                       CreditorProperties creditor, CourtCases courtCases, Enforcements enforcements,
                       dev.inkasso.payment.WriteOffRepository writeOffs,
                dev.inkasso.legal.Acknowledgements acknowledgements) {
        this.acknowledgements = acknowledgements;
        this.cases = cases;
        this.balances = balances;
        this.interactions = interactions;
        this.claims = claims;
        this.calculator = calculator;
        this.legal = legal;
        this.holds = holds;
        this.promises = promises;
        this.plans = plans;
        this.preTrialClaims = preTrialClaims;
        this.creditor = creditor;
        this.courtCases = courtCases;
        this.enforcements = enforcements;
        this.writeOffs = writeOffs;
    }

    /** The case's latest pre-trial claim as the limitation period sees it (sent, and answered or ended). */
    private Optional<LimitationPeriod.PreTrialClaim> latestPreTrialClaim(long caseId) {
        return preTrialClaims.findFirstByCaseIdOrderByIdDesc(caseId).map(c -> new LimitationPeriod.PreTrialClaim(
                LocalDate.ofInstant(c.getSentAt(), creditor.timeZone()),
                c.getEndedAt() == null ? null : LocalDate.ofInstant(c.getEndedAt(), creditor.timeZone())));
    }

    @Transactional(readOnly = true)
    public CaseView get(long id) {
        DebtCase c = cases.findById(id).orElseThrow(() -> new NotFoundException("No debt case " + id));
        Invoice invoice = c.getInvoice();
        Balance balance = balances.of(c);
        List<HoldView> holdHistory = holds.history(c.getId()).stream().map(HoldView::of).toList();
        return new CaseView(c.getId(), invoice.getNumber(), DebtorView.of(invoice.getDebtor()), c.getStage(),
                c.getStatus(), balance.principal(), balance.paid(), balance.outstanding(), invoice.getCurrency(),
                invoice.getIssueDate(), invoice.getDueDate(), invoice.getContractRef(), c.getProcessInstanceId(),
                c.getOpenedAt(), c.getClosedAt(), accrued(c), limitation(c), c.isHeld(),
                holdHistory.stream().filter(HoldView::active).toList(), holdHistory, balance.writtenOff(),
                promises.findFirstByCaseIdOrderByIdDesc(c.getId())
                        .map(p -> new CaseView.PromiseView(p.getAmount(), p.getPromisedDate(), p.getStatus().name())).orElse(null),
                plans.findFirstByCaseIdOrderByIdDesc(c.getId()).map(CaseQueries::plan).orElse(null),
                writeOffs.findByCaseIdOrderByIdAsc(c.getId()).stream().map(w -> new CaseView.WriteOffView(w.getAmount(), w.getReason(),
                        w.getActor(), w.getCreatedAt())).toList(),
                courtCases.view(c.getId()).orElse(null), enforcements.view(c.getId()).orElse(null),
                interactions.of(c.getId()).stream().map(CaseView.InteractionView::of).toList());
    }

    private static CaseView.PlanView plan(InstallmentPlan p) {
        return new CaseView.PlanView(p.getId(), p.getStatus().name(), p.getTotal(), p.getInstallments().stream()
                .map(i -> new CaseView.InstallmentView(i.getSeq(), i.getDueDate(), i.getAmount(), i.getStatus().name()))
                .toList());
    }

    private CaseView.Accrued accrued(DebtCase c) {
        return claims.accruedToDate(c.getId())
                .map(a -> new CaseView.Accrued(a.asOf(), a.interest().total(), a.penalties().total(), null,
                        java.util.stream.Stream.concat(a.interest().periods().stream(), a.penalties().periods().stream())
                                .toList()))
                .orElseGet(() -> new CaseView.Accrued(claims.today(), null, null,
                        "key rate unknown after " + calculator.keyRateTable().knownUntil() + ": add it at /api/key-rates",
                        List.of()));
    }

    /** The limitation date of each case (one pass per case; for the watch list of candidates). */
    @Transactional(readOnly = true)
    public Map<Long, CaseView.Limitation> limitations(List<Long> caseIds) {
        Map<Long, CaseView.Limitation> result = new java.util.LinkedHashMap<>();
        cases.findAllById(caseIds).forEach(c -> result.put(c.getId(), limitation(c)));
        return result;
    }

    private CaseView.Limitation limitation(DebtCase c) {
        // payments count only where the rules say so; a signed reconciliation statement always does (ст. 203 ГК РФ)
        List<LimitationPeriod.Acknowledgement> acknowledgements = java.util.stream.Stream.concat(
                claims.payments(c.getId()).stream()
                        .map(p -> new LimitationPeriod.Acknowledgement(p.date(), LimitationPeriod.AcknowledgementKind.PARTIAL_PAYMENT)),
                this.acknowledgements.of(c.getId()).stream()).toList();
        Optional<LimitationPeriod.PreTrialClaim> claim = latestPreTrialClaim(c.getId());
        LimitationPeriod.Result result = calculator.limitation(c.getInvoice().getDueDate(), acknowledgements, claim);
        boolean soon = c.isOpen() && !claims.today().plus(legal.limitationWarningWindow()).isBefore(result.expiresOn());
        return new CaseView.Limitation(result.expiresOn(), soon, result.basis());
    }
}
