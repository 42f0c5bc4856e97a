package dev.inkasso.credit;

import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.debtor.DebtorService;
import dev.inkasso.web.FieldProblem;
import dev.inkasso.web.InvalidInputException;
import dev.inkasso.workflow.CreditCheckProcess;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes a credit request: checks it whole (every bad field named), finds or registers the debtor, starts the check. */
@Service
public class CreditRequestIntake {
    static final BigDecimal MAX_LIMIT = new BigDecimal("999999999999.99");

    /** {@code debtor} (a new or known counterparty, by ИНН) or {@code debtorId}, the limit in rubles and the term in days. */
    public record NewCreditRequest(DebtorRequest debtor, Long debtorId, BigDecimal requestedLimit, Integer requestedTermDays) {
    }

    public record Started(long requestId, String processInstanceId) {
    }

    private final DebtorService debtors;
    private final CreditRequests requests;
    private final RuntimeService runtime;

    CreditRequestIntake(DebtorService debtors, CreditRequests requests, RuntimeService runtime) {
        this.debtors = debtors;
        this.requests = requests;
        this.runtime = runtime;
    }

    @Transactional
    public Started open(NewCreditRequest request, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if ((request.debtor() == null) == (request.debtorId() == null)) {
            problems.add(FieldProblem.of("debtor", "give either debtor (the counterparty's details) or debtorId"));
        } else if (request.debtor() != null) {
            problems.addAll(debtors.validate(request.debtor(), "debtor."));
        }
        BigDecimal limit = request.requestedLimit();
        if (limit == null) {
            problems.add(FieldProblem.of("requestedLimit", "is required (rubles)"));
        } else if (limit.signum() <= 0 || limit.stripTrailingZeros().scale() > 2 || limit.compareTo(MAX_LIMIT) > 0) {
            problems.add(FieldProblem.of("requestedLimit", "must be more than 0 with at most 2 decimals"));
        }
        Integer term = request.requestedTermDays();
        if (term == null || term < 1 || term > 365) {
            problems.add(FieldProblem.of("requestedTermDays", "is required, 1 to 365 days"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long debtorId = request.debtorId() != null ? debtors.get(request.debtorId()).getId()
                : debtors.findOrCreate(request.debtor()).getId();
        long requestId = requests.create(debtorId, limit.setScale(2), term, actor);
        // the first task is asynchronous: the registers are asked in a job, which retries when a provider is down
        String processInstanceId = runtime.startProcessInstanceByKey(CreditCheckProcess.KEY,
                CreditCheckProcess.BUSINESS_KEY_PREFIX + requestId,
                Variables.createVariables().putValue(CreditCheckProcess.Vars.CREDIT_REQUEST_ID, requestId)).getId();
        requests.attachProcess(requestId, processInstanceId);
        return new Started(requestId, processInstanceId);
    }
}
