package dev.inkasso.enforcement;

import dev.inkasso.court.CourtCase;
import dev.inkasso.court.CourtCases;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.payment.Balance;
import dev.inkasso.payment.Balances;
import dev.inkasso.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Create listener of the enforcement tasks: the writ, the award, what was collected and until when the writ runs. */
@Component("showEnforcementFacts")
public class EnforcementFacts implements TaskListener {
    /** The task-local display variables this listener provides to forms. */
    public static final java.util.List<String> KEYS = java.util.List.of("viewWrit", "viewAwarded", "viewCollected",
            "viewOutstanding", "viewWritExpiresOn", "viewProceedings", "viewDocumentsUrl");
    private final Enforcements enforcements;
    private final CourtCases courtCases;
    private final Balances balances;
    private final String publicUrl;

    EnforcementFacts(Enforcements enforcements, CourtCases courtCases, Balances balances,
                     @Value("${inkasso.public-url}") String publicUrl) {
        this.enforcements = enforcements;
        this.courtCases = courtCases;
        this.balances = balances;
        this.publicUrl = publicUrl;
    }

    @Override
    public void notify(DelegateTask task) {
        long caseId = ProcessVariables.caseId(task);
        CourtCase court = courtCases.get(caseId);
        EnforcementCase enforcement = enforcements.get(caseId);
        Balance balance = balances.of(caseId);
        task.setVariableLocal("viewWrit", (court.getWritNumber() == null ? "—" : "№ " + court.getWritNumber())
                + (court.getWritIssuedOn() == null ? "" : " от " + RussianFormat.date(court.getWritIssuedOn()))
                + (court.getCourtName() == null ? "" : ", " + court.getCourtName()));
        task.setVariableLocal("viewAwarded", RussianFormat.money(balance.principal()));
        task.setVariableLocal("viewCollected", RussianFormat.money(balance.paid()));
        task.setVariableLocal("viewOutstanding", RussianFormat.money(balance.outstanding()));
        task.setVariableLocal("viewWritExpiresOn", enforcement.getWritExpiresOn() == null ? "—"
                : RussianFormat.date(enforcement.getWritExpiresOn()));
        task.setVariableLocal("viewProceedings", enforcement.getProceedingsNumber() == null ? "—"
                : enforcement.getProceedingsNumber() + ", " + enforcement.getBailiffDepartment());
        task.setVariableLocal("viewDocumentsUrl", publicUrl + "/api/cases/" + caseId + "/documents");
    }
}
