package dev.inkasso.court;

import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.legal.ClaimAmount;
import dev.inkasso.legal.ClaimAmounts;
import dev.inkasso.legal.UnknownKeyRateException;
import dev.inkasso.payment.Balances;
import dev.inkasso.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Create listener of the lawyers' court tasks: the court, the route and the claim's figures as task-local display
 * fields ({@code view*}, never in history), with links to the filing's documents and package. Also answers the
 * case's model whether a court stage ended with a judgment to enforce.
 */
@Component("showCourtFacts")
public class CourtFacts implements TaskListener {
    /** The task-local display variables this listener provides to forms. */
    public static final java.util.List<String> KEYS = java.util.List.of("viewCourt", "viewProcedure", "viewClaimPrincipal",
            "viewClaimInterest", "viewStateFee", "viewClaimTotal", "viewOutstanding", "viewCourtCaseNumber", "viewDocumentsUrl",
            "viewFilingPackageUrl");
    private final CourtCases courtCases;
    private final ClaimAmounts claims;
    private final Balances balances;
    private final DebtCaseRepository cases;
    private final String publicUrl;

    CourtFacts(CourtCases courtCases, ClaimAmounts claims, Balances balances, DebtCaseRepository cases,
               @Value("${inkasso.public-url}") String publicUrl) {
        this.courtCases = courtCases;
        this.claims = claims;
        this.balances = balances;
        this.cases = cases;
        this.publicUrl = publicUrl;
    }

    @Override
    public void notify(DelegateTask task) {
        long caseId = ProcessVariables.caseId(task);
        CourtCase court = courtCases.get(caseId);
        task.setVariableLocal("viewCourt", court.getCourt() == dev.inkasso.legal.Court.ARBITRATION ? "Арбитражный суд"
                : "Суд общей юрисдикции (мировой судья)");
        task.setVariableLocal("viewProcedure", CourtCases.procedureName(court.getProcedure()));
        try {
            ClaimAmount claim = claims.of(caseId, claims.today());
            task.setVariableLocal("viewClaimPrincipal", RussianFormat.money(claim.principal()));
            task.setVariableLocal("viewClaimInterest", RussianFormat.money(claim.interest().add(claim.penalties())));
            task.setVariableLocal("viewStateFee", RussianFormat.money(claim.stateFee()));
            task.setVariableLocal("viewClaimTotal", RussianFormat.money(claim.total()));
        } catch (UnknownKeyRateException e) {
            task.setVariableLocal("viewClaimTotal", "нет данных о ключевой ставке: дополните таблицу ставок");
        }
        task.setVariableLocal("viewOutstanding", RussianFormat.money(balances.of(caseId).outstanding()));
        task.setVariableLocal("viewCourtCaseNumber", court.getCourtCaseNumber() == null ? "—" : court.getCourtCaseNumber());
        task.setVariableLocal("viewDocumentsUrl", publicUrl + "/api/cases/" + caseId + "/documents");
        task.setVariableLocal("viewFilingPackageUrl", publicUrl + "/api/cases/" + caseId + "/court/filing-package");
    }

    /**
     * Whether the case's court stage ended with something to enforce — an order or judgment awarding the debt, or a
     * writ on a broken settlement — and the case is still open (not paid or written off).
     */
    public boolean judgmentToEnforce(DelegateExecution execution) {
        long caseId = ProcessVariables.caseId(execution);
        boolean open = cases.findById(caseId).map(dev.inkasso.debtcase.DebtCase::isOpen).orElse(false);
        return open && courtCases.of(caseId).map(c -> c.isAwarded() || c.getWritNumber() != null).orElse(false);
    }
}
