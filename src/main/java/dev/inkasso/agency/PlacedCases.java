package dev.inkasso.agency;

import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.payment.Balance;
import dev.inkasso.payment.Balances;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an agency may see: the cases placed with it (its latest placement of each), with what is outstanding now,
 * so that it works and reports on those and no others.
 */
@Service
class PlacedCases {
    private final AgencyPlacementRepository placements;
    private final DebtCaseRepository cases;
    private final Balances balances;

    PlacedCases(AgencyPlacementRepository placements, DebtCaseRepository cases, Balances balances) {
        this.placements = placements;
        this.cases = cases;
        this.balances = balances;
    }

    record PlacedCase(Long caseId, String invoiceNumber, String debtorName, String debtorInn, BigDecimal placedAmount,
                      BigDecimal outstanding, AgencyPlacement.Status status, Instant placedAt, Instant slaUntil) {
    }

    @Transactional(readOnly = true)
    List<PlacedCase> of(long agencyId) {
        Map<Long, AgencyPlacement> latest = placements.findByAgencyId(agencyId).stream()
                .collect(Collectors.toMap(AgencyPlacement::getCaseId, Function.identity(),
                        (a, b) -> a.getId() > b.getId() ? a : b));
        List<DebtCase> placed = cases.findAllById(latest.keySet());
        Map<Long, Balance> balanceOf = balances.of(placed);
        return placed.stream().sorted(Comparator.comparing(DebtCase::getId)).map(c -> {
            AgencyPlacement p = latest.get(c.getId());
            return new PlacedCase(c.getId(), c.getInvoice().getNumber(), c.getInvoice().getDebtor().getName(),
                    c.getInvoice().getDebtor().getInn(), p.getPlacedAmount(), balanceOf.get(c.getId()).outstanding(),
                    p.getStatus(), p.getPlacedAt(), p.getSlaUntil());
        }).toList();
    }
}
