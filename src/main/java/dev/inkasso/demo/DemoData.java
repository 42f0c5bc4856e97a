package dev.inkasso.demo;

import dev.inkasso.agency.Agency;
import dev.inkasso.agency.AgencyRepository;
import dev.inkasso.debtor.DebtorRepository;
import dev.inkasso.legal.KeyRates;
import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.debtor.TaxIds;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.invoice.InvoiceIntake;
import dev.inkasso.invoice.InvoiceRequest;
import dev.inkasso.payment.PaymentIntake;
import dev.inkasso.payment.PaymentRequest;
import dev.inkasso.security.IdentitySetup;
import dev.inkasso.workflow.CourtProcess;
import dev.inkasso.workflow.DebtCaseProcess;
import dev.inkasso.workflow.EnforcementProcess;
import dev.inkasso.workflow.DebtCaseProcess.Elements;
import dev.inkasso.workflow.DebtCaseProcess.Groups;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo users (officer, lawyer, manager, admin; password = name), two agencies and 35 made-up cases spread over every
 * stage. Loaded once, into an empty database, when {@code inkasso.demo.enabled=true} (INKASSO_DEMO).
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "inkasso.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String[] COMPANIES = {"ООО «Северный ветер»", "АО «Уральские машины»", "ООО «Торговый дом Волга»",
        "ООО «СтройМонтаж»", "ООО «Балтийская логистика»", "АО «Сибирские сети»", "ООО «Кубань-Агро»",
        "ООО «Альфа Сервис»", "ООО «Техноимпорт»", "ООО «Печатный двор»", "ООО «Мебельная фабрика Заря»",
        "ООО «Поволжская сталь»"};
    private static final String[] PEOPLE = {"Иванов Иван Иванович", "Петрова Анна Сергеевна", "Сидоров Павел Андреевич",
        "Кузнецова Мария Олеговна", "Смирнов Алексей Викторович", "Волкова Елена Игоревна"};
    private static final String[] SOLE_PROPRIETORS = {"ИП Орлов Дмитрий Николаевич", "ИП Морозова Ольга Петровна",
        "ИП Фёдоров Кирилл Романович", "ИП Никитина Светлана Юрьевна"};
    private static final String[] ZONES = {"Europe/Moscow", "Asia/Yekaterinburg", "Asia/Novosibirsk", "Asia/Vladivostok",
        "Europe/Kaliningrad", "Europe/Samara"};

    private final IdentitySetup identity;
    private final KeyRates keyRates;
    private final AgencyRepository agencies;
    private final DebtorRepository debtors;
    private final InvoiceIntake intake;
    private final PaymentIntake payments;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TransactionTemplate transaction;
    private final DemoProcesses processes;
    private final Clock clock;
    private final DemoCredit credit;
    private int serial;
    private long firstDebtorId;

    DemoData(IdentitySetup identity, KeyRates keyRates, AgencyRepository agencies, DebtorRepository debtors, InvoiceIntake intake, PaymentIntake payments,
             RuntimeService runtime, TaskService tasks, TransactionTemplate transaction, DemoProcesses processes, Clock clock,
             DemoCredit credit) {
        this.credit = credit;
        this.identity = identity;
        this.keyRates = keyRates;
        this.agencies = agencies;
        this.debtors = debtors;
        this.intake = intake;
        this.payments = payments;
        this.runtime = runtime;
        this.tasks = tasks;
        this.transaction = transaction;
        this.processes = processes;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (debtors.count() > 0) {
            return; // never demo users (admin/admin) in a database that holds data already
        }
        identity.ensureUser("officer", "officer", "Ольга", Groups.COLLECTORS);
        identity.ensureUser("lawyer", "lawyer", "Леонид", Groups.LAWYERS);
        identity.ensureUser("manager", "manager", "Марина", Groups.MANAGERS);
        identity.ensureUser("admin", "admin", "Админ", Groups.ADMINS);
        identity.ensureUser("bank", "bank", "Банк-клиент", Groups.INTEGRATIONS);
        identity.ensureUser("agency", "agency", "ПКО Северный Долг", Groups.AGENCIES);
        // Demo only: the shipped key-rate table ends in March 2026; the demo operator states that no change is
        // known since, so interest can be shown today. Production adds real rates with POST /api/key-rates.
        keyRates.confirmKnownUntil(LocalDate.now(clock.withZone(ZoneId.of("Europe/Moscow"))), "demo");
        transaction.executeWithoutResult(tx -> {
            Agency north = new Agency("ООО «ПКО Северный Долг»", "agency-north@example.ru", new BigDecimal("15.00"), 60,
                    "INDIVIDUAL", BigDecimal.ZERO, new BigDecimal("1000000.00"), "77/22/1234-КЛ");
            north.reportedBy("agency");
            agencies.save(north);
            agencies.save(new Agency("ООО «Бизнес Взыскание»", "b2b-agency@example.ru", new BigDecimal("12.50"), 90,
                    "ORGANIZATION,SOLE_PROPRIETOR", new BigDecimal("10000.00"), null, null));
            loadCases();
        });
        credit.load(firstDebtorId, LocalDate.now(clock.withZone(ZoneId.of("Europe/Moscow"))));
        log.info("Demo data loaded: {} cases", serial);
    }

    private void loadCases() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Moscow")));
        for (int i = 0; i < 6; i++) {                       // not due yet: pre-due reminder ahead
            open(today.plusDays(2 + i * 5), 60_000 + i * 15_500);
        }
        for (int i = 0; i < 4; i++) {                       // just overdue: friendly reminder on its way
            open(today.minusDays(1 + i), 45_000 + i * 9_900);
        }
        for (int i = 0; i < 4; i++) {                       // friendly reminder sent, second notice pending
            moveTo(open(today.minusDays(5 + i), 120_000 + i * 33_000), Elements.TASK_SEND_FRIENDLY_REMINDER);
        }
        for (int i = 0; i < 4; i++) {                       // second notice sent, negotiation pending
            moveTo(open(today.minusDays(12 + i), 240_000 + i * 51_000), Elements.TASK_SEND_SECOND_NOTICE);
        }
        for (int i = 0; i < 6; i++) {                       // officers' work in Tasklist
            moveTo(open(today.minusDays(20 + i * 3), 310_000 + i * 77_700), Elements.TASK_NEGOTIATE);
        }
        for (int i = 0; i < 2; i++) {                       // promised to pay
            IntakeResult r = open(today.minusDays(25 + i), 95_000 + i * 12_000);
            moveTo(r, Elements.TASK_NEGOTIATE);
            completeNegotiation(r, "PROMISE_TO_PAY", today.plusDays(5 + i));
        }
        for (int i = 0; i < 4; i++) {                       // negotiation failed: agency / pre-trial claim
            IntakeResult r = open(today.minusDays(40 + i * 7), 210_000 + i * 130_000);
            moveTo(r, Elements.TASK_NEGOTIATE);
            completeNegotiation(r, i % 2 == 0 ? "REFUSED" : "NO_CONTACT", null);
        }
        for (int i = 0; i < 2; i++) {                       // partly paid
            IntakeResult r = open(today.minusDays(9 + i), 200_000);
            pay(r, "70000.00");
        }
        for (int i = 0; i < 3; i++) {                       // paid in full: closed
            IntakeResult r = open(today.minusDays(3 + i), 33_000 + i * 1_000);
            pay(r, String.valueOf(33_000 + i * 1_000) + ".00");
        }
        loadCourtCases(today);
    }

    /** Lawyers' and managers' work: cases in every court and enforcement state. */
    private void loadCourtCases(LocalDate today) {
        String day = today.toString();
        for (int i = 0; i < 2; i++) {                       // the filing is ready: «Подать в суд»
            inCourt(today.minusDays(90 + i * 10), 150_000 + i * 40_000);
        }
        IntakeResult filed = inCourt(today.minusDays(120), 260_000);    // filed: «Результат рассмотрения»
        file(filed, day);
        IntakeResult order = inCourt(today.minusDays(130), 180_000);    // order issued: the objection window runs
        file(order, day);
        award(order, "ORDER_ISSUED", day, "180000.00", "9500.00", "6100.00", false);
        IntakeResult granted = inCourt(today.minusDays(140), 700_000);  // judgment: the appeal window runs
        file(granted, day);
        award(granted, "GRANTED", day, "700000.00", "41000.00", "17000.00", true);
        IntakeResult hearing = inCourt(today.minusDays(125), 640_000);  // a hearing ahead: the reminder comes first
        file(hearing, day);
        processes.complete(hearing, "lawyer", Map.of(CourtProcess.Vars.COURT_RESULT, "HEARING_SCHEDULED",
                CourtProcess.Vars.HEARING_DATE, today.plusDays(7).toString()));
        IntakeResult refused = inCourt(today.minusDays(150), 95_000);   // refused: managers decide
        file(refused, day);
        processes.complete(refused, "lawyer", Map.of(CourtProcess.Vars.COURT_RESULT, "REFUSED", CourtProcess.Vars.RESULT_DATE, day));
        IntakeResult toSubmit = inForce(today.minusDays(160), 120_000, day);   // «Направить на исполнение»
        IntakeResult bailiffs = inForce(today.minusDays(170), 230_000, day);   // with the bailiffs, part collected
        submit(bailiffs, day);
        processes.complete(bailiffs, "lawyer", Map.of(EnforcementProcess.Vars.PROCEEDINGS_NUMBER, "45871/26/77001-ИП",
                EnforcementProcess.Vars.BAILIFF_DEPARTMENT, "ОСП по Центральному АО № 1", EnforcementProcess.Vars.OPENED_ON, day));
        pay(bailiffs, "60000.00", "FSSP");
        IntakeResult returned = inForce(today.minusDays(175), 140_000, day);   // the writ came back: presented again later
        submit(returned, day);
        processes.complete(returned, "lawyer", Map.of(EnforcementProcess.Vars.PROCEEDINGS_NUMBER, "45870/26/77001-ИП",
                EnforcementProcess.Vars.BAILIFF_DEPARTMENT, "ОСП по Центральному АО № 1", EnforcementProcess.Vars.OPENED_ON, day));
        processes.deadlinePasses(returned, EnforcementProcess.Elements.TIMER_ENFORCEMENT_CHECK);
        processes.complete(returned, "lawyer", Map.of(EnforcementProcess.Vars.ENFORCEMENT_STATUS, "WRIT_RETURNED"));
        IntakeResult bankrupt = inForce(today.minusDays(180), 310_000, day);   // the debtor went bankrupt
        submit(bankrupt, day);
        processes.complete(bankrupt, "lawyer", Map.of(EnforcementProcess.Vars.PROCEEDINGS_NUMBER, "45872/26/77001-ИП",
                EnforcementProcess.Vars.BAILIFF_DEPARTMENT, "ОСП по Центральному АО № 1", EnforcementProcess.Vars.OPENED_ON, day));
        processes.deadlinePasses(bankrupt, EnforcementProcess.Elements.TIMER_ENFORCEMENT_CHECK);
        processes.complete(bankrupt, "lawyer", Map.of(EnforcementProcess.Vars.ENFORCEMENT_STATUS, "DEBTOR_BANKRUPT"));
        log.info("Demo court cases: {} {} {} {}", toSubmit.caseId(), bailiffs.caseId(), bankrupt.caseId(), refused.caseId());
    }

    private IntakeResult inCourt(LocalDate dueDate, int amount) {
        IntakeResult r = open(dueDate, amount);
        processes.moveTo(r, Elements.CALL_COURT_PROCEEDINGS, Elements.TIMER_DUE_DATE);
        processes.settle(r);
        return r;
    }

    private IntakeResult inForce(LocalDate dueDate, int amount, String day) {
        IntakeResult r = inCourt(dueDate, amount);
        file(r, day);
        award(r, "ORDER_ISSUED", day, BigDecimal.valueOf(amount).setScale(2).toPlainString(), "4100.00", "3600.00", false);
        processes.deadlinePasses(r, CourtProcess.Elements.TIMER_OBJECTION_PERIOD);
        return r;
    }

    private void file(IntakeResult r, String day) {
        processes.complete(r, "lawyer", Map.of(CourtProcess.Vars.STATE_FEE_PAYMENT_REF, "п/п № " + (700 + r.caseId()) + " от " + day,
                CourtProcess.Vars.COURT_NAME, "Арбитражный суд города Москвы", CourtProcess.Vars.COURT_CASE_NUMBER,
                "А40-" + (10_000 + r.caseId()) + "/2026", CourtProcess.Vars.FILED_ON, day));
    }

    private void award(IntakeResult r, String result, String day, String principal, String interest, String costs, boolean untilPaid) {
        processes.complete(r, "lawyer", Map.of(CourtProcess.Vars.COURT_RESULT, result, CourtProcess.Vars.RESULT_DATE, day,
                CourtProcess.Vars.AWARDED_PRINCIPAL, principal, CourtProcess.Vars.AWARDED_INTEREST, interest,
                CourtProcess.Vars.AWARDED_COSTS, costs, CourtProcess.Vars.INTEREST_UNTIL_PAID, untilPaid));
    }

    private void submit(IntakeResult r, String day) {
        processes.complete(r, "lawyer", Map.of(EnforcementProcess.Vars.ENFORCEMENT_CHANNEL, "FSSP", EnforcementProcess.Vars.SUBMITTED_ON, day));
    }

    private IntakeResult open(LocalDate dueDate, int amount) {
        int n = ++serial;
        DebtorRequest debtor = debtor(n);
        IntakeResult opened = intake.openValidated(new InvoiceRequest("DEMO-2026-%04d".formatted(n), debtor, null,
                BigDecimal.valueOf(amount).setScale(2), dueDate.minusDays(30), dueDate,
                n % 3 == 0 ? "Договор поставки № " + (100 + n) + "/2026" : null,
                n % 4 == 0 ? new BigDecimal("0.1") : null));
        processes.settle(opened); // the case's process runs to its first wait, as the job executor would
        if (n == 1) {
            firstDebtorId = debtors.findByInn(debtor.inn()).orElseThrow().getId();
        }
        return opened;
    }

    private DebtorRequest debtor(int n) {
        String zone = ZONES[n % ZONES.length];
        String email = "debtor" + n + "@example.ru";
        String phone = "+7 900 000-%02d-%02d".formatted(n / 100, n % 100);
        String relationship = n % 7 == 0 ? "LONG_TERM_PARTNER" : n % 11 == 0 ? "ONE_OFF" : "NEW";
        return switch (n % 4) {
            case 1 -> new DebtorRequest("INDIVIDUAL", PEOPLE[n % PEOPLE.length], TaxIds.completeInn("77%08d".formatted(n * 7919)),
                    null, email, phone, "г. Москва, ул. Примерная, д. " + n, zone, relationship);
            case 2 -> new DebtorRequest("SOLE_PROPRIETOR", SOLE_PROPRIETORS[n % SOLE_PROPRIETORS.length],
                    TaxIds.completeInn("50%08d".formatted(n * 104_729)), null, email, phone, "г. Казань, пр. Победы, д. " + n, zone,
                    relationship);
            default -> new DebtorRequest("ORGANIZATION", COMPANIES[n % COMPANIES.length],
                    TaxIds.completeInn("77%07d".formatted(n * 15_485)), null, email, phone,
                    "г. Санкт-Петербург, Невский пр., д. " + n, zone, relationship);
        };
    }

    /** Moves a fresh case straight to a later step, as if the earlier timers had fired long ago. */
    private void moveTo(IntakeResult r, String activityId) {
        processes.moveTo(r, activityId, Elements.TIMER_DUE_DATE, Elements.TIMER_PRE_DUE_REMINDER);
    }

    private void completeNegotiation(IntakeResult r, String outcome, LocalDate promisedDate) {
        Task task = tasks.createTaskQuery().processInstanceId(r.processInstanceId()).singleResult();
        var variables = Variables.createVariables().putValue(DebtCaseProcess.Vars.NEGOTIATION_OUTCOME, outcome);
        if (promisedDate != null) {
            variables.putValue(DebtCaseProcess.Vars.PROMISED_AMOUNT, "50000.00")
                    .putValue(DebtCaseProcess.Vars.PROMISED_DATE, promisedDate.toString());
        }
        tasks.claim(task.getId(), "officer");
        tasks.complete(task.getId(), variables);
        processes.settle(r);
    }

    private void pay(IntakeResult r, String amount) {
        pay(r, amount, List.of("BANK_TRANSFER", "SBP").get(serial % 2));
    }

    private void pay(IntakeResult r, String amount, String method) {
        String number = runtime.createProcessInstanceQuery().processInstanceId(r.processInstanceId()).singleResult().getBusinessKey();
        payments.receive(new PaymentRequest("DEMO-PAY-" + number + "-" + method, number, new BigDecimal(amount),
                LocalDate.now(clock).toString(), method));
        processes.settle(r);
    }
}
