package dev.inkasso.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.communication.LetterKind;
import dev.inkasso.communication.Letters;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.payment.Balance;
import dev.inkasso.payment.Balances;
import dev.inkasso.payment.Payment;
import dev.inkasso.payment.PaymentRepository;
import dev.inkasso.web.FieldProblem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Installment plans: proposed by an officer (the schedule must sum to the outstanding balance), approved by a
 * manager above a configured amount, sent to the debtor, then watched installment by installment.
 */
@Service
public class InstallmentPlans {
    public static final String FIELD = "installments";

    /** After a check: the plan goes on, has been paid off, or is broken by a missed installment. */
    public enum State { ACTIVE, COMPLETED, BROKEN }

    private final InstallmentPlanRepository plans;
    private final DebtCaseRepository cases;
    private final Balances balances;
    private final PaymentRepository payments;
    private final InteractionLog interactions;
    private final Letters letters;
    private final NegotiationProperties properties;
    private final CreditorProperties creditor;
    private final ObjectMapper json;
    private final Clock clock;

    public InstallmentPlans(InstallmentPlanRepository plans, DebtCaseRepository cases, Balances balances,
                            PaymentRepository payments, InteractionLog interactions, Letters letters,
                            NegotiationProperties properties, CreditorProperties creditor, ObjectMapper json, Clock clock) {
        this.plans = plans;
        this.cases = cases;
        this.balances = balances;
        this.payments = payments;
        this.interactions = interactions;
        this.letters = letters;
        this.properties = properties;
        this.creditor = creditor;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Reads a schedule as Tasklist or a REST client sends it: JSON ({@code [{"dueDate":"2026-03-01","amount":"5000.00"}]})
     * or one installment per line ({@code 2026-03-01;5000.00}). Problems name the field {@code installments}.
     */
    public List<Installment> parse(Object value, List<FieldProblem> problems) {
        List<Installment> installments = new ArrayList<>();
        if (value == null || value.toString().isBlank()) {
            problems.add(FieldProblem.of(FIELD, "an installment plan needs its installments"));
            return installments;
        }
        try {
            String text = value.toString().trim();
            if (text.startsWith("[")) {
                int seq = 1;
                for (JsonNode node : json.readTree(text)) {
                    installments.add(new Installment(seq++, LocalDate.parse(node.path("dueDate").asText()),
                            new BigDecimal(node.path("amount").asText())));
                }
            } else {
                int seq = 1;
                for (String line : text.split("\\R")) {
                    if (!line.isBlank()) {
                        String[] cells = line.trim().split("[;\\s]+", 2);
                        installments.add(new Installment(seq++, LocalDate.parse(cells[0]), new BigDecimal(cells[1].replace(',', '.'))));
                    }
                }
            }
        } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException
                 | com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add(FieldProblem.of(FIELD, "each installment needs a date (YYYY-MM-DD) and an amount"));
        }
        return installments;
    }

    /** Problems of a schedule for a case: dates ahead and in order, amounts positive, the sum equal to the balance. */
    public List<FieldProblem> check(long caseId, List<Installment> installments) {
        List<FieldProblem> problems = new ArrayList<>();
        if (installments.isEmpty()) {
            return problems;
        }
        LocalDate today = creditor.today(clock);
        LocalDate previous = today.minusDays(1);
        BigDecimal sum = BigDecimal.ZERO;
        for (Installment i : installments) {
            if (i.getAmount().signum() <= 0 || i.getAmount().stripTrailingZeros().scale() > 2) {
                problems.add(FieldProblem.of(FIELD, "installment " + i.getSeq() + ": the amount must be positive, in kopecks"));
            }
            if (!i.getDueDate().isAfter(previous)) {
                problems.add(FieldProblem.of(FIELD, "installment " + i.getSeq() + ": dates must be today or later and in order"));
            }
            previous = i.getDueDate();
            sum = sum.add(i.getAmount());
        }
        BigDecimal outstanding = balances.of(caseId).outstanding();
        if (sum.compareTo(outstanding) != 0) {
            problems.add(FieldProblem.of(FIELD, "the installments sum to " + sum.setScale(2) + " but the outstanding balance is " + outstanding));
        }
        return problems;
    }

    @Transactional
    public InstallmentPlan propose(long caseId, List<Installment> installments, String actor) {
        Balance balance = balances.of(caseId);
        InstallmentPlan plan = plans.save(new InstallmentPlan(caseId, installments, balance.paid(), actor, clock.instant()));
        interactions.system(caseId, "INSTALLMENT_PLAN", "PROPOSED", describe(plan));
        return plan;
    }

    public boolean needsApproval(InstallmentPlan plan) {
        return plan.getTotal().compareTo(properties.planApprovalAbove()) > 0;
    }

    @Transactional
    public void decide(long planId, boolean approved, String actor) {
        InstallmentPlan plan = plans.findById(planId).orElseThrow();
        plan.decide(approved, actor, clock.instant());
        interactions.record(plan.getCaseId(), dev.inkasso.interaction.ContactChannel.SYSTEM,
                dev.inkasso.interaction.Direction.INTERNAL, "INSTALLMENT_PLAN", approved ? "APPROVED" : "REJECTED",
                actor, null, describe(plan));
        if (approved) {
            letters.queue(plan.getCaseId(), LetterKind.INSTALLMENT_SCHEDULE, "plan-" + plan.getId(), java.util.Map.of(
                    "installments", plan.getInstallments().stream().map(i -> java.util.Map.of(
                            "seq", i.getSeq(), "dueDate", RussianFormat.date(i.getDueDate()),
                            "amount", RussianFormat.money(i.getAmount()))).toList(),
                    "planTotal", RussianFormat.money(plan.getTotal())));
        }
    }

    /** A plan below the approval limit is approved by the rules themselves. */
    @Transactional
    public void approveIfProposed(long planId) {
        if (plans.findById(planId).orElseThrow().getStatus() == InstallmentPlan.Status.PROPOSED) {
            decide(planId, true, InteractionLog.SYSTEM_ACTOR);
        }
    }

    /** When the next pending installment is checked: the day after its due date plus the grace. */
    public Instant nextCheckAt(long planId) {
        return plans.findById(planId).orElseThrow().getInstallments().stream()
                .filter(i -> i.getStatus() == Installment.Status.PENDING).findFirst()
                .map(i -> i.getDueDate().plusDays(1).plus(properties.installmentGrace()).atStartOfDay(creditor.timeZone()).toInstant())
                .orElse(clock.instant());
    }

    /** Checks the next pending installment against the payments made since the plan was proposed. */
    @Transactional
    public State checkNext(long planId) {
        InstallmentPlan plan = plans.findById(planId).orElseThrow();
        DebtCase debtCase = cases.findById(plan.getCaseId()).orElseThrow();
        List<Payment> paid = payments.findByCaseIdOrderByPaidAtAsc(plan.getCaseId());
        BigDecimal due = BigDecimal.ZERO;
        for (Installment installment : plan.getInstallments()) {
            due = due.add(installment.getAmount());
            if (installment.getStatus() != Installment.Status.PENDING) {
                continue;
            }
            Instant endOfDueDay = installment.getDueDate().plusDays(1).atStartOfDay(creditor.timeZone()).toInstant();
            BigDecimal byDueDate = paidSincePlan(plan, paid, endOfDueDay);
            BigDecimal byNow = paidSincePlan(plan, paid, clock.instant());
            Installment.Status status = byDueDate.compareTo(due) >= 0 ? Installment.Status.PAID
                    : byNow.compareTo(due) >= 0 ? Installment.Status.LATE : Installment.Status.MISSED;
            installment.mark(status);
            interactions.system(plan.getCaseId(), "INSTALLMENT", status.name(), "Платёж " + installment.getSeq() + " из "
                    + plan.getInstallments().size() + ": " + RussianFormat.money(installment.getAmount()) + " до "
                    + RussianFormat.date(installment.getDueDate()));
            break;
        }
        boolean missed = plan.getInstallments().stream().anyMatch(i -> i.getStatus() == Installment.Status.MISSED);
        boolean done = plan.getInstallments().stream().noneMatch(i -> i.getStatus() == Installment.Status.PENDING)
                || balances.of(debtCase).isSettled();
        if (missed) {
            plan.close(InstallmentPlan.Status.BROKEN, clock.instant());
            interactions.system(plan.getCaseId(), "INSTALLMENT_PLAN", "BROKEN", "Рассрочка нарушена: остаток "
                    + RussianFormat.money(balances.of(debtCase).outstanding()) + " взыскивается дальше.");
            return State.BROKEN;
        }
        if (done) {
            plan.close(InstallmentPlan.Status.COMPLETED, clock.instant());
            return State.COMPLETED;
        }
        return State.ACTIVE;
    }

    private static BigDecimal paidSincePlan(InstallmentPlan plan, List<Payment> payments, Instant until) {
        return payments.stream().filter(p -> p.getPaidAt().isBefore(until)).map(Payment::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).subtract(plan.getPaidBefore());
    }

    private static String describe(InstallmentPlan plan) {
        StringBuilder text = new StringBuilder("Рассрочка на " + RussianFormat.money(plan.getTotal()) + ":");
        plan.getInstallments().forEach(i -> text.append(" ").append(RussianFormat.date(i.getDueDate())).append(" — ")
                .append(RussianFormat.money(i.getAmount())).append(";"));
        return text.toString();
    }
}
