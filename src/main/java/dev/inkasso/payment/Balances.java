package dev.inkasso.payment;

import dev.inkasso.debtcase.DebtCase;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's balance: the invoice less payments and write-offs — or, once a court has awarded the debt, the award
 * (with the interest still accruing on it) less what was paid and written off since.
 */
@Service
public class Balances {
    private final PaymentRepository payments;
    private final WriteOffRepository writeOffs;
    private final Awards awards;

    public Balances(PaymentRepository payments, WriteOffRepository writeOffs, Awards awards) {
        this.payments = payments;
        this.writeOffs = writeOffs;
        this.awards = awards;
    }

    /**
     * The balance of the case with this id (which must exist: callers hold its id from the process or the domain):
     * the award, or the invoice's amount with what was paid and written off read in one statement, without loading
     * the case or its invoice.
     */
    @Transactional(readOnly = true)
    public Balance of(long caseId) {
        return awards.of(caseId)
                .map(award -> Balance.of(award.total(), payments.totalPaidSince(caseId, award.since()),
                        writeOffs.totalWrittenOffSince(caseId, award.since())))
                .orElseGet(() -> {
                    PaymentRepository.Settlement settled = payments.settlementOf(caseId)
                            .orElseThrow(() -> new IllegalStateException("No debt case " + caseId));
                    return Balance.of(settled.getPrincipal(), settled.getPaid(), settled.getWrittenOff());
                });
    }

    @Transactional(readOnly = true)
    public Balance of(DebtCase debtCase) {
        return of(debtCase.getId());
    }

    /** Balances of many cases with one query, keyed by case id. */
    @Transactional(readOnly = true)
    public Map<Long, Balance> of(List<DebtCase> debtCases) {
        List<Long> ids = debtCases.stream().map(DebtCase::getId).toList();
        Map<Long, BigDecimal> paid = byCase(payments.totalPaidPerCase(ids));
        Map<Long, BigDecimal> writtenOff = byCase(writeOffs.totalPerCase(ids));
        java.util.Set<Long> awarded = awards.awarded(ids);
        return debtCases.stream().collect(Collectors.toMap(DebtCase::getId, c -> awarded.contains(c.getId()) ? of(c)
                : Balance.of(c.getInvoice().getAmount(), paid.getOrDefault(c.getId(), BigDecimal.ZERO),
                        writtenOff.getOrDefault(c.getId(), BigDecimal.ZERO))));
    }

    /**
     * The balances of the cases without a court award, by case id, from two queries however many cases. (An awarded
     * case's balance counts only the payments since its award: {@link #of(long)}.)
     */
    @Transactional(readOnly = true)
    public Map<Long, Balance> withoutAward(Collection<Long> caseIds) {
        java.util.Set<Long> awarded = awards.awarded(caseIds);
        return payments.settlementsOf(caseIds).stream().filter(s -> !awarded.contains(s.getCaseId()))
                .collect(Collectors.toMap(PaymentRepository.CaseSettlement::getCaseId,
                        s -> Balance.of(s.getPrincipal(), s.getPaid(), s.getWrittenOff())));
    }

    private static Map<Long, BigDecimal> byCase(List<PaymentRepository.PaidPerCase> sums) {
        return sums.stream().collect(Collectors.toMap(PaymentRepository.PaidPerCase::getCaseId, PaymentRepository.PaidPerCase::getPaid));
    }
}
