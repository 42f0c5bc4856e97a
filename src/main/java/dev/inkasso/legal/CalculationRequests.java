package dev.inkasso.legal;

import dev.inkasso.web.FieldProblem;
import dev.inkasso.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The bodies of {@code /api/calculations/*} and the checks they share; every problem names its field. */
final class CalculationRequests {
    private CalculationRequests() {
    }

    record PaymentLine(LocalDate date, BigDecimal amount) {
    }

    record Interest395Request(BigDecimal principal, LocalDate dueDate, LocalDate endDate, List<PaymentLine> payments,
                              String currency) {
    }

    record PenaltyRequest(BigDecimal principal, LocalDate dueDate, LocalDate endDate, BigDecimal ratePerDay,
                          BigDecimal capPercent, List<PaymentLine> payments, String currency) {
    }

    record RateFractionPenaltyRequest(RateFractionPenalty.Regime regime, BigDecimal principal, LocalDate dueDate,
                                      LocalDate endDate, List<PaymentLine> payments, String currency) {
    }

    record StateFeeRequest(Court court, BigDecimal amount, LocalDate filingDate, Boolean courtOrder, String currency) {
    }

    record CourtRouteRequest(dev.inkasso.debtor.DebtorType debtorType, BigDecimal amount, Boolean disputed) {
    }

    /** Checks a debt: principal, dates in order, payments; returns the payments as dated amounts. */
    static List<DatedAmount> debt(BigDecimal principal, LocalDate dueDate, LocalDate endDate, List<PaymentLine> payments,
                                  String currency, List<FieldProblem> problems) {
        amount("principal", principal, true, problems);
        currency(currency, problems);
        required("dueDate", dueDate, problems);
        required("endDate", endDate, problems);
        if (dueDate != null && endDate != null && endDate.isBefore(dueDate)) {
            problems.add(FieldProblem.of("endDate", "must not be before dueDate"));
        }
        List<DatedAmount> lines = new ArrayList<>();
        List<PaymentLine> given = payments == null ? List.of() : payments;
        for (int i = 0; i < given.size(); i++) {
            PaymentLine p = given.get(i);
            String field = "payments[" + i + "]";
            if (p == null) {
                problems.add(FieldProblem.of(field, "must not be empty"));
                continue;
            }
            required(field + ".date", p.date(), problems);
            amount(field + ".amount", p.amount(), false, problems);
            if (p.date() != null && p.amount() != null) {
                lines.add(new DatedAmount(p.date(), p.amount()));
            }
        }
        return lines;
    }

    static void amount(String field, BigDecimal value, boolean zeroAllowed, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "must not be empty"));
        } else if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0)) {
            problems.add(FieldProblem.of(field, zeroAllowed ? "must not be negative" : "must be greater than zero"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of(field, "must have at most 2 decimal places (kopecks)"));
        }
    }

    static void currency(String currency, List<FieldProblem> problems) {
        if (currency != null && !currency.equals("RUB")) {
            problems.add(FieldProblem.of("currency", "only RUB is supported"));
        }
    }

    static void required(String field, Object value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "must not be empty"));
        }
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
