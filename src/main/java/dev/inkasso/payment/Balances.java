package dev.inkasso.payment;

import dev.inkasso.debtcase.DebtCase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Balances {
    private final PaymentRepository payments;
    private final WriteOffRepository writeOffs;

    public Balances(PaymentRepository payments, WriteOffRepository writeOffs) {
        this.payments = payments;
        this.writeOffs = writeOffs;
    }

    @Transactional(readOnly = true)
    public Balance of(DebtCase debtCase) {
        return Balance.of(debtCase.getInvoice().getAmount(), payments.totalPaid(debtCase.getId()),
                writeOffs.totalWrittenOff(debtCase.getId()));
    }

    /** Balances of many cases with one query, keyed by case id. */
    @Transactional(readOnly = true)
    public Map<Long, Balance> of(List<DebtCase> debtCases) {
        List<Long> ids = debtCases.stream().map(DebtCase::getId).toList();
        Map<Long, BigDecimal> paid = byCase(payments.totalPaidPerCase(ids));
        Map<Long, BigDecimal> writtenOff = byCase(writeOffs.totalPerCase(ids));
        return debtCases.stream().collect(Collectors.toMap(DebtCase::getId, c -> Balance.of(c.getInvoice().getAmount(),
                paid.getOrDefault(c.getId(), BigDecimal.ZERO), writtenOff.getOrDefault(c.getId(), BigDecimal.ZERO))));
    }

    private static Map<Long, BigDecimal> byCase(List<PaymentRepository.PaidPerCase> sums) {
        return sums.stream().collect(Collectors.toMap(PaymentRepository.PaidPerCase::getCaseId, PaymentRepository.PaidPerCase::getPaid));
    }
}
