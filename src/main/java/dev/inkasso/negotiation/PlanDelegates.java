package dev.inkasso.negotiation;

import dev.inkasso.workflow.DebtCaseProcess.Vars;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import dev.inkasso.workflow.engine.RefusedInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin adapters of installment-plan.bpmn, one bean per step. */
@Configuration
class PlanDelegates {

    private static long planId(DelegateExecution execution) {
        return ((Number) execution.getVariable(Vars.PLAN_ID)).longValue();
    }

    /** Complete listener of Task_ApprovePlan: {@code planApproved} true or false. */
    @Bean("completePlanApproval")
    TaskListener completePlanApproval(InstallmentPlans plans) {
        return (DelegateTask task) -> {
            Object approved = task.getVariable(Vars.PLAN_APPROVED);
            if (!(approved instanceof Boolean) && !"true".equals(approved) && !"false".equals(approved)) {
                throw new RefusedInput(Vars.PLAN_APPROVED, "planApproved must be true or false");
            }
            boolean yes = Boolean.parseBoolean(String.valueOf(approved));
            plans.decide(planId(task.getExecution()), yes, dev.inkasso.workflow.ProcessVariables.actor(task));
            if (!yes) {
                task.getExecution().setVariable(Vars.PLAN_OUTCOME, "REJECTED");
            }
            task.getExecution().setVariable(Vars.PLAN_APPROVED, yes);
        };
    }

    /** Task_ActivatePlan: the plan runs; the debtor receives the schedule. */
    @Bean("activatePlan")
    JavaDelegate activatePlan(InstallmentPlans plans) {
        return execution -> {
            plans.approveIfProposed(planId(execution));
            execution.setVariable(Vars.INSTALLMENT_CHECK_AT, Date.from(plans.nextCheckAt(planId(execution))));
        };
    }

    /** Task_CheckInstallment: the next installment is paid, late or missed; the plan goes on, ends or breaks. */
    @Bean("checkInstallment")
    JavaDelegate checkInstallment(InstallmentPlans plans) {
        return execution -> {
            InstallmentPlans.State state = plans.checkNext(planId(execution));
            execution.setVariable(Vars.PLAN_OUTCOME, state.name());
            execution.setVariable(Vars.INSTALLMENT_CHECK_AT, Date.from(plans.nextCheckAt(planId(execution))));
        };
    }
}
