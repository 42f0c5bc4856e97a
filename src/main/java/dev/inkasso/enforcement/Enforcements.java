package dev.inkasso.enforcement;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.court.CourtCase;
import dev.inkasso.court.CourtCases;
import dev.inkasso.court.CourtResult;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.document.Document;
import dev.inkasso.document.DocumentType;
import dev.inkasso.document.Documents;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.interaction.ContactChannel;
import dev.inkasso.interaction.Direction;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.payment.Balance;
import dev.inkasso.payment.Balances;
import dev.inkasso.payment.PaymentMethod;
import dev.inkasso.payment.PaymentRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.inkasso.workflow.Term;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforcement of a judgment, as lawyers record it. The writ's presentation period (229-ФЗ ст. 21: 3 years) starts
 * when the judgment enters into force (for a court order: when it is issued) and runs anew from each submission
 * and from each return of the writ (ст. 22, ст. 46).
 */
@Service
public class Enforcements {
    static final List<PaymentMethod> ENFORCEMENT_METHODS = List.of(PaymentMethod.FSSP, PaymentMethod.BANK_WRIT);

    private final EnforcementCaseRepository enforcements;
    private final CourtCases courtCases;
    private final DebtCaseRepository cases;
    private final Documents documents;
    private final EnforcementGateway gateway;
    private final Balances balances;
    private final PaymentRepository payments;
    private final InteractionLog interactions;
    private final EnforcementProperties properties;
    private final CreditorProperties creditor;
    private final Clock clock;

    Enforcements(EnforcementCaseRepository enforcements, CourtCases courtCases, DebtCaseRepository cases, Documents documents,
                 EnforcementGateway gateway, Balances balances, PaymentRepository payments, InteractionLog interactions,
                 EnforcementProperties properties, CreditorProperties creditor, Clock clock) {
        this.enforcements = enforcements;
        this.courtCases = courtCases;
        this.cases = cases;
        this.documents = documents;
        this.gateway = gateway;
        this.balances = balances;
        this.payments = payments;
        this.interactions = interactions;
        this.properties = properties;
        this.creditor = creditor;
        this.clock = clock;
    }

    @Transactional
    public EnforcementCase open(long caseId) {
        CourtCase court = courtCases.get(caseId);
        LocalDate start = court.getResult() == CourtResult.ORDER_ISSUED || court.getInForceOn() == null
                ? (court.getWritIssuedOn() != null ? court.getWritIssuedOn() : today()) : court.getInForceOn();
        LocalDate expires = properties.writPresentationPeriod().lastDay(start);
        EnforcementCase enforcement = enforcements.findByCaseId(caseId)
                .orElseGet(() -> enforcements.save(new EnforcementCase(caseId, expires, clock.instant())));
        interactions.system(caseId, "ENFORCEMENT", "OPENED", "Исполнительное производство: срок предъявления исполнительного документа до "
                + RussianFormat.date(enforcement.getWritExpiresOn()) + " (ст. 21 229-ФЗ)");
        return enforcement;
    }

    @Transactional
    public void submit(long caseId, EnforcementCase.Channel channel, String bankName, LocalDate submittedOn, String actor) {
        EnforcementCase enforcement = get(caseId);
        enforcement.submitted(channel, bankName, submittedOn, properties.writPresentationPeriod().lastDay(submittedOn), clock.instant());
        interactions.record(caseId, ContactChannel.SYSTEM, Direction.OUTBOUND, "ENFORCEMENT", "SUBMISSION_RECORDED", actor,
                channel == EnforcementCase.Channel.FSSP ? "Исполнительный документ предъявлен в ФССП"
                        : "Исполнительный документ предъявлен в банк: " + bankName,
                "Дата предъявления " + RussianFormat.date(submittedOn) + "; срок предъявления прерван и течёт заново (ст. 22 229-ФЗ)");
    }

    /** Generates the application for the channel chosen and hands it to the gateway. */
    @Transactional
    public Document sendApplication(long caseId) {
        EnforcementCase enforcement = get(caseId);
        DocumentType type = enforcement.getChannel() == EnforcementCase.Channel.BANK
                ? DocumentType.BANK_ENFORCEMENT_APPLICATION : DocumentType.ENFORCEMENT_APPLICATION;
        Document application = documents.generate(caseId, type, InteractionLog.SYSTEM_ACTOR, model(caseId, enforcement));
        gateway.submit(caseId, enforcement.getChannel(), application);
        return application;
    }

    @Transactional
    public void opened(long caseId, String proceedingsNumber, String bailiffDepartment, LocalDate openedOn, String actor) {
        get(caseId).opened(proceedingsNumber, bailiffDepartment, openedOn, clock.instant());
        interactions.record(caseId, ContactChannel.SYSTEM, Direction.INBOUND, "ENFORCEMENT", "OPENED_BY_BAILIFF", actor,
                "Исполнительное производство возбуждено", "№ " + proceedingsNumber + ", " + bailiffDepartment + ", "
                        + RussianFormat.date(openedOn));
    }

    @Transactional
    public void checked(long caseId, EnforcementCase.Status status, String actor) {
        EnforcementCase enforcement = get(caseId);
        if (status == EnforcementCase.Status.WRIT_RETURNED) {
            enforcement.writReturned(properties.writPresentationPeriod().lastDay(today()), clock.instant());
        } else {
            enforcement.status(status, clock.instant());
        }
        interactions.record(caseId, ContactChannel.SYSTEM, Direction.INBOUND, "ENFORCEMENT", status.name(), actor,
                "Проверка исполнительного производства", statusName(status));
    }

    @Transactional
    public void registerBankruptcyClaim(long caseId, String bankruptcyCaseNumber, LocalDate registeredOn, String actor) {
        get(caseId).bankruptcyClaim(bankruptcyCaseNumber, registeredOn, clock.instant());
        cases.findById(caseId).ifPresent(dev.inkasso.debtcase.DebtCase::markBankrupt);
        interactions.record(caseId, ContactChannel.SYSTEM, Direction.OUTBOUND, "ENFORCEMENT", "BANKRUPTCY_CLAIM", actor,
                "Требование включено в реестр требований кредиторов", "Дело о банкротстве № " + bankruptcyCaseNumber
                        + ", включено " + RussianFormat.date(registeredOn));
    }

    /** When the managers are warned that the writ's presentation period is running out. */
    @Transactional(readOnly = true)
    public Instant writWarningAt(long caseId) {
        Term presentation = properties.writPresentationPeriod();
        if (!presentation.isCalendar()) {
            return clock.instant().plus(presentation.duration()).minus(properties.writExpiryWarning().duration());
        }
        return properties.writExpiryWarning().before(get(caseId).getWritExpiresOn(), clock.instant(), creditor.timeZone());
    }

    /** When the writ may no longer be presented (the day after its last day). */
    @Transactional(readOnly = true)
    public Instant writExpiresAt(long caseId) {
        Term presentation = properties.writPresentationPeriod();
        if (!presentation.isCalendar()) {
            return clock.instant().plus(presentation.duration());
        }
        return get(caseId).getWritExpiresOn().plusDays(1).atStartOfDay(creditor.timeZone()).toInstant();
    }

    public Instant resubmitAt() {
        return properties.resubmitAfter().endAfter(today(), clock.instant(), creditor.timeZone());
    }

    public Instant nextCheckAt() {
        return properties.checkEvery().endAfter(today(), clock.instant(), creditor.timeZone());
    }

    @Transactional(readOnly = true)
    public Optional<EnforcementCase> of(long caseId) {
        return enforcements.findByCaseId(caseId);
    }

    @Transactional(readOnly = true)
    public Optional<EnforcementView> view(long caseId) {
        return enforcements.findByCaseId(caseId).map(e -> EnforcementView.of(e, collected(caseId)));
    }

    /** What bailiffs and banks collected on the case. */
    @Transactional(readOnly = true)
    public BigDecimal collected(long caseId) {
        return payments.totalPaidBy(caseId, ENFORCEMENT_METHODS).setScale(2);
    }

    EnforcementCase get(long caseId) {
        return enforcements.findByCaseId(caseId).orElseThrow(() -> new IllegalStateException("Case " + caseId + " is not in enforcement"));
    }

    private Map<String, Object> model(long caseId, EnforcementCase enforcement) {
        CourtCase court = courtCases.get(caseId);
        Balance balance = balances.of(caseId);
        BigDecimal running = balance.principal().subtract(court.awardedTotal());
        Map<String, Object> m = new HashMap<>();
        m.put("writKind", court.getResult() == CourtResult.ORDER_ISSUED ? "судебный приказ" : "исполнительный лист");
        m.put("writNumber", court.getWritNumber() == null ? "—" : court.getWritNumber());
        m.put("writIssuedOn", court.getWritIssuedOn() == null ? "—" : RussianFormat.date(court.getWritIssuedOn()));
        m.put("courtName", court.getCourtName() == null ? "—" : court.getCourtName());
        m.put("courtCaseNumber", court.getCourtCaseNumber() == null ? "—" : court.getCourtCaseNumber());
        m.put("inForceOn", court.getInForceOn() == null ? "—" : RussianFormat.date(court.getInForceOn()));
        m.put("awardedPrincipal", RussianFormat.money(court.getAwardedPrincipal()));
        m.put("awardedInterest", RussianFormat.money(court.getAwardedInterest()));
        m.put("awardedCosts", RussianFormat.money(court.getAwardedCosts()));
        m.put("runningInterest", court.isInterestUntilPaid() ? RussianFormat.money(running) : null);
        m.put("collected", RussianFormat.money(balance.paid()));
        m.put("toCollect", RussianFormat.money(balance.outstanding()));
        m.put("bankName", enforcement.getBankName() == null ? "" : enforcement.getBankName());
        return m;
    }

    private static String statusName(EnforcementCase.Status status) {
        return switch (status) {
            case SUBMITTED -> "предъявлено";
            case IN_PROGRESS -> "ведётся взыскание";
            case WRIT_RETURNED -> "исполнительный документ возвращён: взыскать нечего (ст. 46 229-ФЗ)";
            case DEBTOR_BANKRUPT -> "должник признан банкротом";
            case FINISHED -> "исполнительное производство окончено";
        };
    }

    private LocalDate today() {
        return creditor.today(clock);
    }
}
