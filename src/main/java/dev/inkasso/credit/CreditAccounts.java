package dev.inkasso.credit;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtcase.CaseStage;
import dev.inkasso.debtor.Debtor;
import dev.inkasso.debtor.DebtorRepository;
import dev.inkasso.debtor.TaxIds;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.web.InvalidInputException;
import dev.inkasso.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A debtor's credit as people and other systems read it: the limit, what is used of it (the unpaid principal of its
 * open invoices), the risk score with its reasons, the history of the limit, and whether shipping should stop.
 */
@Service
public class CreditAccounts {
    /** Stages after the second notice: a case there stops new credit until it is paid. */
    static final String PAST_SECOND_NOTICE = CreditHistories.sqlList(java.util.EnumSet.range(CaseStage.NEGOTIATION,
            CaseStage.ENFORCEMENT));

    public record CreditView(BigDecimal limit, BigDecimal used, BigDecimal available, boolean pinned, int score,
                             String scoreModel, List<String> reasons, List<CreditLimits.Change> history) {
    }

    public record CreditStatus(String inn, BigDecimal limit, BigDecimal used, BigDecimal available, boolean hold,
                               List<String> reasons) {
    }

    private final CreditLimits limits;
    private final CreditHistories histories;
    private final RiskScoring scoring;
    private final CounterpartyCheckGateway registers;
    private final DebtorRepository debtors;
    private final JdbcClient jdbc;
    private final CreditorProperties creditor;
    private final Clock clock;

    CreditAccounts(CreditLimits limits, CreditHistories histories, RiskScoring scoring, CounterpartyCheckGateway registers,
                   DebtorRepository debtors, JdbcClient jdbc, CreditorProperties creditor, Clock clock) {
        this.limits = limits;
        this.histories = histories;
        this.scoring = scoring;
        this.registers = registers;
        this.debtors = debtors;
        this.jdbc = jdbc;
        this.creditor = creditor;
        this.clock = clock;
    }

    @Transactional
    public CreditView of(long debtorId) {
        Debtor debtor = debtors.findById(debtorId).orElseThrow(() -> new NotFoundException("No debtor " + debtorId));
        CreditLimits.Limit limit = limits.current(debtorId);
        CreditHistory history = histories.of(debtorId, limit.amount());
        RiskScore score = scoring.score(history, registers.check(debtor.getInn()), creditor.today(clock));
        return new CreditView(limit.amount(), history.outstanding(), available(limit.amount(), history.outstanding()),
                limit.pinned(), score.score(), score.model(), score.reasonTexts(), limits.history(debtorId));
    }

    /** For the sales/ERP system: hold = the limit is used up, or a case is past the second notice and unpaid. */
    @Transactional
    public CreditStatus status(String inn) {
        if (inn == null || inn.isBlank()) {
            throw InvalidInputException.of("inn", "is required");
        }
        if (!TaxIds.isValidInn(inn.trim())) {
            throw InvalidInputException.of("inn", "is not a valid ИНН (10 or 12 digits with a valid checksum)");
        }
        Debtor debtor = debtors.findByInn(inn.trim())
                .orElseThrow(() -> new NotFoundException("No debtor with this ИНН is known to Inkasso"));
        CreditLimits.Limit limit = limits.current(debtor.getId());
        CreditHistory history = histories.of(debtor.getId(), limit.amount());
        List<String> reasons = new ArrayList<>();
        BigDecimal available = available(limit.amount(), history.outstanding());
        if (limit.amount().signum() == 0) {
            reasons.add("Кредитный лимит не предоставлен: отгрузка только по предоплате");
        } else if (available.signum() == 0) {
            reasons.add("Кредитный лимит исчерпан: задолженность " + RussianFormat.money(history.outstanding())
                    + " при лимите " + RussianFormat.money(limit.amount()));
        }
        reasons.addAll(escalatedInvoices(debtor.getId()));
        return new CreditStatus(debtor.getInn(), limit.amount(), history.outstanding(), available, !reasons.isEmpty(), reasons);
    }

    private List<String> escalatedInvoices(long debtorId) {
        return jdbc.sql("""
                select i.number, c.stage from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id
                 where i.debtor_id = :debtor and c.status in ('OPEN', 'BANKRUPTCY') and c.stage in (%s)
                   and i.amount > (select coalesce(sum(p.amount), 0) from inkasso.payment p where p.case_id = c.id)
                                + (select coalesce(sum(w.amount), 0) from inkasso.write_off w where w.case_id = c.id)
                 order by i.due_date""".formatted(PAST_SECOND_NOTICE))
                .param("debtor", debtorId)
                .query((rs, n) -> "Счёт № " + rs.getString("number") + " не оплачен после повторного уведомления (стадия «"
                        + CaseStage.valueOf(rs.getString("stage")).label() + "»)").list();
    }

    static BigDecimal available(BigDecimal limit, BigDecimal used) {
        return limit.subtract(used).max(BigDecimal.ZERO).setScale(2);
    }
}
