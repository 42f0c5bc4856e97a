package dev.inkasso.casefile;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.payment.Balances;
import dev.inkasso.workflow.TaskTitle;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Debtor, outstanding amount and days overdue of a case, in the words of a Tasklist row. */
@Component
class CaseTaskTitles implements TaskTitle {
    private final DebtCaseRepository cases;
    private final Balances balances;
    private final CreditorProperties creditor;
    private final Clock clock;

    CaseTaskTitles(DebtCaseRepository cases, Balances balances, CreditorProperties creditor, Clock clock) {
        this.cases = cases;
        this.balances = balances;
        this.creditor = creditor;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public String about(long caseId) {
        return cases.findById(caseId).map(c -> {
            LocalDate today = creditor.today(clock);
            long overdue = ChronoUnit.DAYS.between(c.getInvoice().getDueDate(), today);
            return c.getInvoice().getDebtor().getName() + ", " + RussianFormat.amountOnly(balances.of(c).outstanding()) + " ₽, "
                    + (overdue > 0 ? overdue + " дн." : "срок не наступил");
        }).orElse("");
    }
}
