package dev.inkasso.payment;

import dev.inkasso.debtcase.CaseStatus;
import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.interaction.InteractionLog;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether a case's debt is paid in full, and closing it when it is. */
@Service
public class PaidCases {
    private final DebtCaseRepository cases;
    private final Balances balances;
    private final InteractionLog interactions;
    private final Clock clock;

    public PaidCases(DebtCaseRepository cases, Balances balances, InteractionLog interactions, Clock clock) {
        this.cases = cases;
        this.balances = balances;
        this.interactions = interactions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isFullyPaid(long caseId) {
        return balances.of(get(caseId)).isSettled();
    }

    @Transactional
    public void closeAsPaid(long caseId) {
        DebtCase debtCase = get(caseId);
        Balance balance = balances.of(debtCase);
        debtCase.close(CaseStatus.PAID, clock.instant());
        interactions.system(caseId, "CASE", "CLOSED_PAID", "Долг погашен полностью: дело закрыто."
                + (balance.overpaid().signum() > 0 ? " Переплата: " + balance.overpaid() + " руб." : ""));
    }

    private DebtCase get(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new IllegalStateException("No debt case " + caseId));
    }
}
