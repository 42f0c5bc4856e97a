package dev.inkasso.agency;

import dev.inkasso.workflow.DebtCaseProcess.Vars;
import dev.inkasso.workflow.ProcessVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin adapters of agency-placement.bpmn, one bean per step. */
@Configuration
class AgencyDelegates {
    static final String AGENCY_ID = Vars.AGENCY_ID;
    static final String PLACEMENT_ID = Vars.PLACEMENT_ID;
    static final String SLA_UNTIL = Vars.AGENCY_SLA_UNTIL;
    static final String RECALL_REASON = Vars.RECALL_REASON;
    static final String ERROR_NO_AGENCY = "NoAgencyAvailable";

    /** Task_PlaceWithAgency: the agency a manager chose, or the one the rules pick; none → a manager chooses. */
    @Bean("placeWithAgency")
    JavaDelegate placeWithAgency(Agencies agencies) {
        return execution -> {
            long caseId = ProcessVariables.caseId(execution);
            Object chosen = execution.getVariable(AGENCY_ID);
            Long agencyId = chosen != null ? Long.valueOf(chosen.toString())
                    : agencies.choose(caseId).map(Agency::getId).orElseThrow(() -> new BpmnError(ERROR_NO_AGENCY));
            AgencyPlacement placement = agencies.place(caseId, agencyId, execution.getProcessInstanceId());
            execution.setVariable(PLACEMENT_ID, placement.getId());
            execution.setVariable(SLA_UNTIL, Date.from(placement.getSlaUntil()));
        };
    }

    /** Task_RecallFromAgency: SLA over, a manager's decision, or the agency gave up. */
    @Bean("recallFromAgency")
    JavaDelegate recallFromAgency(Agencies agencies) {
        return execution -> {
            agencies.recall(((Number) execution.getVariable(PLACEMENT_ID)).longValue(),
                    String.valueOf(execution.getVariable(RECALL_REASON)));
            execution.setVariable(Vars.AGENCY_OUTCOME, "RECALLED");
        };
    }
}
