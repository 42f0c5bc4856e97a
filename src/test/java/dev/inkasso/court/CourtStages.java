package dev.inkasso.court;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.invoice.InvoiceRequest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.workflow.CourtProcess;
import dev.inkasso.workflow.DebtCaseProcess;
import dev.inkasso.workflow.EnforcementProcess;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the court tests do to a case, in the words of the stages: bring it to court (through the pre-trial claim,
 * in 2025, inside the key-rate table), work the lawyers' and managers' tasks, let a deadline pass.
 */
@Component
class CourtStages {
    private final ProcessDriver driver;
    private final ProcessEngine engine;

    CourtStages(ProcessDriver driver, ProcessEngine engine) {
        this.driver = driver;
        this.engine = engine;
    }

    static void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }

    /** An unpaid invoice of {@code amount} whose pre-trial claim ran out: the lawyers' «Подать в суд» is open. */
    IntakeResult inCourt(String prefix, DebtorRequest debtor, String amount) {
        at("2025-03-12T07:00:00Z"); // the invoice is overdue when it arrives
        IntakeResult r = driver.open(new InvoiceRequest(Fixtures.invoiceNumber(prefix), debtor, null, new BigDecimal(amount),
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 10), "Договор № 12-П", null));
        driver.toNegotiation(r);
        at("2025-05-05T07:00:00Z");
        driver.completeNegotiation(r, Map.of(DebtCaseProcess.Vars.NEGOTIATION_OUTCOME, "REFUSED"));
        driver.continueAt(r.processInstanceId(), DebtCaseProcess.Elements.TASK_DECIDE_STRATEGY_AT_ESCALATION);
        ProcessInstance claim = driver.calledBy(r, DebtCaseProcess.PreTrialClaimProcess.KEY);
        complete(claim, Map.of(DebtCaseProcess.Vars.POSTAL_TRACKING_NUMBER, "80082117000777"));
        driver.fireTimer(new IntakeResult(0, 0, claim.getId()), DebtCaseProcess.PreTrialClaimProcess.TIMER_CLAIM_PERIOD);
        driver.continueAt(r.processInstanceId(), DebtCaseProcess.Elements.CALL_COURT_PROCEEDINGS);
        return r;
    }

    ProcessInstance court(IntakeResult r) {
        return driver.calledBy(r, CourtProcess.KEY);
    }

    ProcessInstance enforcement(IntakeResult r) {
        return driver.calledBy(r, EnforcementProcess.KEY);
    }

    Task task(ProcessInstance pi) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    /** Completes the one open task of {@code pi} as its user would, then lets the job executor do what follows. */
    void complete(ProcessInstance pi, Map<String, Object> variables) {
        Task task = task(pi);
        assertThat(task).as("an open task in %s", pi.getProcessDefinitionId()).isNotNull();
        engine.getTaskService().complete(task.getId(), variables);
        driver.settle(driver.root(pi.getId()));
    }

    /** On {@code filedOn} (the engine clock moves there), the lawyer records the filing. */
    void fileWithCourt(IntakeResult r, String caseNumber, String filedOn) {
        at(filedOn + "T07:00:00Z");
        complete(court(r), Map.of(CourtProcess.Vars.STATE_FEE_PAYMENT_REF, "п/п № 512 от " + filedOn,
                CourtProcess.Vars.COURT_NAME, "Арбитражный суд города Москвы", CourtProcess.Vars.COURT_CASE_NUMBER, caseNumber,
                CourtProcess.Vars.FILED_ON, filedOn));
    }

    /** On {@code on} (the engine clock moves there), the lawyer records an order or a judgment awarding the debt. */
    void award(IntakeResult r, String result, String on, String principal, String interest, String costs, boolean untilPaid) {
        at(on + "T07:00:00Z");
        complete(court(r), Map.of(CourtProcess.Vars.COURT_RESULT, result, CourtProcess.Vars.RESULT_DATE, on,
                CourtProcess.Vars.AWARDED_PRINCIPAL, principal, CourtProcess.Vars.AWARDED_INTEREST, interest,
                CourtProcess.Vars.AWARDED_COSTS, costs, CourtProcess.Vars.INTEREST_UNTIL_PAID, untilPaid));
    }

    /** Lets the deadline (a timer of the court or enforcement stage) pass. */
    void deadlinePasses(ProcessInstance pi, String timerId) {
        driver.fireTimer(new IntakeResult(0, 0, pi.getId()), timerId);
    }
}
