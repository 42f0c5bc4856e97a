package dev.inkasso.court;

import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.interaction.ContactChannel;
import dev.inkasso.interaction.Direction;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.legal.ClaimAmounts;
import dev.inkasso.legal.CourtRoute;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The court stage of a case, as lawyers record it; every step is an interaction on the case (evidence). */
@Service
public class CourtCases {
    private final CourtCaseRepository courtCases;
    private final DebtCaseRepository cases;
    private final ClaimAmounts claims;
    private final CourtRoute courtRoute;
    private final InteractionLog interactions;
    private final CourtAwards awards;
    private final Clock clock;

    CourtCases(CourtCaseRepository courtCases, DebtCaseRepository cases, ClaimAmounts claims, CourtRoute courtRoute,
               InteractionLog interactions, CourtAwards awards, Clock clock) {
        this.courtCases = courtCases;
        this.cases = cases;
        this.claims = claims;
        this.courtRoute = courtRoute;
        this.interactions = interactions;
        this.awards = awards;
        this.clock = clock;
    }

    /** Opens the court stage with the route the table picks for today's claim (a case entering court again keeps its record). */
    @Transactional
    public CourtCase open(long caseId) {
        CourtRoute.Route route = route(caseId, false);
        CourtCase court = courtCases.findByCaseId(caseId).orElseGet(() -> courtCases.save(new CourtCase(caseId, route, clock.instant())));
        interactions.system(caseId, "COURT", "OPENED", "Судебная стадия: " + procedureName(court.getProcedure())
                + ", " + (court.getCourt() == dev.inkasso.legal.Court.ARBITRATION ? "арбитражный суд" : "суд общей юрисдикции"));
        return court;
    }

    /** The debtor objected to the court order and it was cancelled: the claim goes to court as a statement of claim. */
    @Transactional
    public CourtCase switchToClaim(long caseId) {
        CourtCase court = get(caseId);
        court.routeTo(route(caseId, true), clock.instant());
        interactions.system(caseId, "COURT", "CLAIM_ROUTE", "Судебный приказ отменён: подаётся исковое заявление ("
                + procedureName(court.getProcedure()) + ")");
        return court;
    }

    @Transactional
    public void recordFiling(long caseId, String stateFeePaymentRef, String courtName, String courtCaseNumber, LocalDate filedOn,
                             String actor) {
        CourtCase court = get(caseId);
        court.filed(stateFeePaymentRef, courtName, courtCaseNumber, filedOn, clock.instant());
        interactions.record(caseId, ContactChannel.SYSTEM, Direction.OUTBOUND, "COURT", "FILED", actor,
                "Подано в суд: " + courtName, "Дело № " + courtCaseNumber + " от " + RussianFormat.date(filedOn)
                        + "; госпошлина: платёжное поручение " + stateFeePaymentRef);
    }

    @Transactional
    public void recordResult(long caseId, CourtResultInput input, String actor) {
        CourtCase court = get(caseId);
        court.resulted(input.result(), input.resultDate(), input.hearingDate(), clock.instant());
        if (input.result().awards()) {
            court.awarded(input.awardedPrincipal(), input.awardedInterest(), input.awardedCosts(), input.interestUntilPaid());
        }
        interactions.record(caseId, ContactChannel.SYSTEM, Direction.INBOUND, "COURT", input.result().name(), actor,
                "Результат рассмотрения: " + resultName(input.result()), describe(input));
    }

    /** The order or judgment entered into force; a court order is itself the enforcement document. */
    @Transactional
    public void inForce(long caseId, LocalDate on) {
        CourtCase court = get(caseId);
        court.inForce(on, clock.instant());
        if (court.getResult() == CourtResult.ORDER_ISSUED) {
            court.writ(court.getCourtCaseNumber(), court.getResultDate(), clock.instant());
        }
        interactions.system(caseId, "COURT", "IN_FORCE", (court.getResult() == CourtResult.ORDER_ISSUED
                ? "Судебный приказ вступил в силу (он же исполнительный документ)" : "Решение вступило в законную силу")
                + " " + RussianFormat.date(on));
    }

    @Transactional
    public void recordWrit(long caseId, String number, LocalDate issuedOn, String actor) {
        get(caseId).writ(number, issuedOn, clock.instant());
        interactions.record(caseId, ContactChannel.SYSTEM, Direction.INBOUND, "COURT", "WRIT_RECEIVED", actor,
                "Исполнительный лист получен", "№ " + number + " от " + RussianFormat.date(issuedOn));
    }

    @Transactional(readOnly = true)
    public Optional<CourtView> view(long caseId) {
        return courtCases.findByCaseId(caseId).map(c -> CourtView.of(c, c.isAwarded() ? awards.runningInterest(c)
                : dev.inkasso.legal.Money.ZERO));
    }

    @Transactional(readOnly = true)
    public Optional<CourtCase> of(long caseId) {
        return courtCases.findByCaseId(caseId);
    }

    @Transactional(readOnly = true)
    public CourtCase get(long caseId) {
        return courtCases.findByCaseId(caseId).orElseThrow(() -> new IllegalStateException("Case " + caseId + " is not in court"));
    }

    public LocalDate today() {
        return claims.today();
    }

    private CourtRoute.Route route(long caseId, boolean disputed) {
        DebtCase debtCase = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("No debt case " + caseId));
        BigDecimal claimed = claims.of(caseId, claims.today()).claimed();
        return courtRoute.decide(debtCase.getInvoice().getDebtor().getType(), claimed, disputed);
    }

    static String procedureName(CourtRoute.Procedure procedure) {
        return switch (procedure) {
            case COURT_ORDER -> "приказное производство";
            case SIMPLIFIED -> "упрощённое производство";
            case ORDINARY -> "исковое производство";
        };
    }

    static String resultName(CourtResult result) {
        return switch (result) {
            case HEARING_SCHEDULED -> "назначено судебное заседание";
            case ORDER_ISSUED -> "выдан судебный приказ";
            case ORDER_CANCELLED -> "судебный приказ отменён";
            case GRANTED -> "иск удовлетворён";
            case GRANTED_IN_PART -> "иск удовлетворён частично";
            case REFUSED -> "в иске отказано";
            case SETTLED -> "утверждено мировое соглашение";
            case RETURNED -> "заявление возвращено";
        };
    }

    private static String describe(CourtResultInput input) {
        StringBuilder text = new StringBuilder();
        if (input.hearingDate() != null) {
            text.append("Заседание ").append(RussianFormat.date(input.hearingDate())).append(". ");
        }
        if (input.resultDate() != null) {
            text.append("Дата: ").append(RussianFormat.date(input.resultDate())).append(". ");
        }
        if (input.result().awards()) {
            text.append("Взыскано: основной долг ").append(RussianFormat.money(input.awardedPrincipal()))
                    .append(", проценты/неустойка ").append(RussianFormat.money(input.awardedInterest()))
                    .append(", судебные расходы ").append(RussianFormat.money(input.awardedCosts()))
                    .append(input.interestUntilPaid() ? "; проценты до дня фактической оплаты (ст. 395 п. 3 ГК РФ)" : "")
                    .append(". ");
        }
        if (input.note() != null) {
            text.append(input.note());
        }
        return text.toString().trim();
    }
}
