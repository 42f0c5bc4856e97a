package dev.inkasso.legal;

import static dev.inkasso.legal.CalculationRequests.*;

import dev.inkasso.web.FieldProblem;
import dev.inkasso.web.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Russia's debt arithmetic as a service: the same calculator the case view, letters and claims use. */
@RestController
@RequestMapping("/api/calculations")
class CalculationController {
    private final LegalCalculator calculator;
    private final CourtRoute courtRoute;

    CalculationController(LegalCalculator calculator, CourtRoute courtRoute) {
        this.calculator = calculator;
        this.courtRoute = courtRoute;
    }

    @PostMapping("/interest-395")
    Calculation interest395(@RequestBody Interest395Request r) {
        List<FieldProblem> problems = new ArrayList<>();
        List<DatedAmount> payments = debt(r.principal(), r.dueDate(), r.endDate(), r.payments(), r.currency(), problems);
        throwIfAny(problems);
        return withKnownRates(r.dueDate(), () -> calculator.interest395(r.principal(), r.dueDate(), r.endDate(), payments));
    }

    @PostMapping("/penalty")
    Calculation penalty(@RequestBody PenaltyRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        List<DatedAmount> payments = debt(r.principal(), r.dueDate(), r.endDate(), r.payments(), r.currency(), problems);
        if (r.ratePerDay() == null) {
            problems.add(FieldProblem.of("ratePerDay", "must not be empty (percent per day, 0.1 = 0.1 %)"));
        } else if (r.ratePerDay().signum() < 0 || r.ratePerDay().compareTo(Money.HUNDRED) >= 0) {
            problems.add(FieldProblem.of("ratePerDay", "must be a percentage per day from 0 to below 100"));
        }
        if (r.capPercent() != null && r.capPercent().signum() < 0) {
            problems.add(FieldProblem.of("capPercent", "must not be negative"));
        }
        throwIfAny(problems);
        return calculator.contractualPenalty(r.principal(), r.dueDate(), r.endDate(), r.ratePerDay(), r.capPercent(), payments);
    }

    @PostMapping("/rate-fraction-penalty")
    Calculation rateFractionPenalty(@RequestBody RateFractionPenaltyRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        List<DatedAmount> payments = debt(r.principal(), r.dueDate(), r.endDate(), r.payments(), r.currency(), problems);
        required("regime", r.regime(), problems);
        throwIfAny(problems);
        return withKnownRates(r.dueDate(),
                () -> calculator.rateFractionPenalty(r.regime(), r.principal(), r.dueDate(), r.endDate(), payments));
    }

    @PostMapping("/state-fee")
    StateFee.Result stateFee(@RequestBody StateFeeRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        required("court", r.court(), problems);
        amount("amount", r.amount(), false, problems);
        required("filingDate", r.filingDate(), problems);
        currency(r.currency(), problems);
        throwIfAny(problems);
        return calculator.stateFee(r.court(), r.amount(), r.filingDate(), Boolean.TRUE.equals(r.courtOrder()));
    }

    @PostMapping("/court-route")
    CourtRoute.Route courtRoute(@RequestBody CourtRouteRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        required("debtorType", r.debtorType(), problems);
        amount("amount", r.amount(), false, problems);
        throwIfAny(problems);
        return courtRoute.decide(r.debtorType(), r.amount(), Boolean.TRUE.equals(r.disputed()));
    }

    /** A day the key-rate table lacks is the caller's input problem: name the date field that reaches it. */
    private static Calculation withKnownRates(LocalDate dueDate, Supplier<Calculation> calculation) {
        try {
            return calculation.get();
        } catch (UnknownKeyRateException e) {
            String field = e.day().isAfter(dueDate.plusDays(1)) ? "endDate" : "dueDate";
            throw InvalidInputException.of(field, e.getMessage());
        }
    }
}
