package dev.inkasso.credit;

import dev.inkasso.credit.CreditHistory.InvoiceFact;
import dev.inkasso.workflow.LatestDecision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A debtor's credit limit: it starts at {@code inkasso.credit.default-limit}, is set by an approved credit request,
 * moves by {@code bpmn/credit-limit.dmn} after payments, escalations and nightly, and stays where a manager pinned it.
 * Every change is logged with its rule and its Russian reason. One writer per debtor: the limit row is locked.
 */
@Service
public class CreditLimits {
    public static final String DECISION_KEY = "credit-limit";
    private static final Logger log = LoggerFactory.getLogger(CreditLimits.class);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /** The limit now, and the rule of its last change (ZERO after an escalation, PINNED, CREDIT_REQUEST, …). */
    public record Limit(BigDecimal amount, boolean pinned, Instant changedAt, String lastRule) {
    }

    private static final String SELECT_LIMIT = """
            select l.amount, l.pinned, l.changed_at,
                   (select c.rule from inkasso.credit_limit_change c where c.debtor_id = l.debtor_id
                     order by c.changed_at desc, c.id desc limit 1) as last_rule
              from inkasso.credit_limit l where l.debtor_id = :debtor""";

    public record Change(Instant at, BigDecimal from, BigDecimal to, boolean pinned, String rule, String reason, String actor) {
    }

    private final JdbcClient jdbc;
    private final CreditHistories histories;
    private final CreditProperties properties;
    private final LatestDecision table;
    private final Clock clock;

    CreditLimits(JdbcClient jdbc, CreditHistories histories, CreditProperties properties, RepositoryService repository,
                 Clock clock) {
        this.jdbc = jdbc;
        this.histories = histories;
        this.properties = properties;
        this.table = new LatestDecision(repository, DECISION_KEY);
        this.clock = clock;
    }

    /**
     * The current limit; a debtor seen for the first time gets the default one (logged as such), dated from when the
     * debtor was registered, so its whole history counts towards the first review.
     */
    @Transactional
    public Limit current(long debtorId) {
        java.util.Optional<Limit> known = jdbc.sql(SELECT_LIMIT).param("debtor", debtorId).query(this::limit).optional();
        if (known.isPresent()) {
            return known.get();
        }
        Instant registered = jdbc.sql("select created_at from inkasso.debtor where id = :debtor").param("debtor", debtorId)
                .query(Timestamp.class).single().toInstant();
        int created = jdbc.sql("""
                insert into inkasso.credit_limit (debtor_id, amount, pinned, changed_at) values (:debtor, :amount, false, :at)
                on conflict (debtor_id) do nothing""")
                .param("debtor", debtorId).param("amount", properties.defaultLimit()).param("at", Timestamp.from(registered)).update();
        if (created == 1) {
            log(debtorId, null, properties.defaultLimit(), false, "INITIAL", "Начальный лимит по умолчанию", "system", registered);
        }
        return read(SELECT_LIMIT, debtorId);
    }

    /** Reads the rule table on what happened since the last change and applies its answer (a pinned limit stays). */
    @Transactional
    public Limit recompute(long debtorId, String actor) {
        Limit limit = locked(debtorId);
        if (limit.pinned()) {
            return limit;
        }
        CreditHistory history = histories.of(debtorId, limit.amount());
        List<InvoiceFact> since = history.invoices().stream()
                .filter(i -> i.settledAt() != null && i.settledAt().isAfter(limit.changedAt())).toList();
        List<InvoiceFact> late = since.stream().filter(i -> i.settledOn().isAfter(i.dueDate())).toList();
        DmnDecisionRuleResult rule = table.evaluate(Variables.createVariables()
                .putValue("escalated", history.invoices().stream().anyMatch(InvoiceFact::escalatedNow))
                .putValue("currentLimit", limit.amount().doubleValue())
                .putValue("lastChangeRule", limit.lastRule())
                .putValue("lateSinceChange", late.size())
                .putValue("maxDaysLateSinceChange", (int) late.stream().mapToLong(i -> i.daysLate(i.settledOn())).max().orElse(0))
                .putValue("onTimeSinceChange", (int) since.stream().filter(InvoiceFact::paidOnTime).count()));
        String action = rule.getEntry("limitAction");
        BigDecimal factor = BigDecimal.valueOf(((Number) rule.getEntry("limitFactor")).doubleValue());
        BigDecimal next = switch (action) {
            case "ZERO" -> BigDecimal.ZERO;
            case "LOWER" -> limit.amount().multiply(factor);
            case "RAISE" -> limit.amount().multiply(factor).max(properties.defaultLimit()).min(properties.maxLimit());
            case "RESTORE" -> properties.defaultLimit().multiply(factor);
            default -> limit.amount();
        };
        next = wholeThousands(next);
        if (next.compareTo(limit.amount()) == 0) {
            return limit;
        }
        return change(debtorId, limit, next, false, action, rule.getEntry("limitReason"), actor);
    }

    /** A manager's limit: the rule table leaves it alone until it is unpinned. */
    @Transactional
    public Limit pin(long debtorId, BigDecimal amount, String reason, String actor) {
        Limit limit = locked(debtorId);
        return change(debtorId, limit, amount.setScale(2, RoundingMode.HALF_UP), true, "PINNED",
                "Лимит закреплён руководителем: " + reason, actor);
    }

    @Transactional
    public Limit unpin(long debtorId, String actor) {
        Limit limit = locked(debtorId);
        if (!limit.pinned()) {
            return limit;
        }
        return change(debtorId, limit, limit.amount(), false, "UNPINNED",
                "Лимит откреплён: дальше его пересматривают правила", actor);
    }

    /** The limit an approved credit request grants; a pinned limit stays as the manager set it. */
    @Transactional
    public Limit grant(long debtorId, BigDecimal amount, String reason, String actor) {
        Limit limit = locked(debtorId);
        if (limit.pinned() || limit.amount().compareTo(amount) == 0) {
            return limit;
        }
        return change(debtorId, limit, amount.setScale(2, RoundingMode.HALF_UP), false, "CREDIT_REQUEST", reason, actor);
    }

    @Transactional(readOnly = true)
    public List<Change> history(long debtorId) {
        return jdbc.sql("""
                select changed_at, old_amount, new_amount, pinned, rule, reason, actor from inkasso.credit_limit_change
                 where debtor_id = :debtor order by changed_at desc, id desc""")
                .param("debtor", debtorId)
                .query((rs, n) -> new Change(rs.getTimestamp("changed_at").toInstant(), rs.getBigDecimal("old_amount"),
                        rs.getBigDecimal("new_amount"), rs.getBoolean("pinned"), rs.getString("rule"), rs.getString("reason"),
                        rs.getString("actor"))).list();
    }

    private Limit locked(long debtorId) {
        current(debtorId);
        return read(SELECT_LIMIT + " for update of l", debtorId);
    }

    private Limit read(String sql, long debtorId) {
        return jdbc.sql(sql).param("debtor", debtorId).query(this::limit).single();
    }

    private Limit limit(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Limit(rs.getBigDecimal("amount"), rs.getBoolean("pinned"), rs.getTimestamp("changed_at").toInstant(),
                rs.getString("last_rule"));
    }

    private Limit change(long debtorId, Limit from, BigDecimal to, boolean pinned, String rule, String reason, String actor) {
        Instant now = clock.instant();
        // the window of the rule table restarts here; a change in the same instant as the last still orders after it
        Instant at = now.isAfter(from.changedAt()) ? now : from.changedAt().plusNanos(1000);
        jdbc.sql("update inkasso.credit_limit set amount = :amount, pinned = :pinned, changed_at = :at where debtor_id = :debtor")
                .param("amount", to).param("pinned", pinned).param("at", Timestamp.from(at)).param("debtor", debtorId).update();
        log(debtorId, from.amount(), to, pinned, rule, reason, actor, at);
        log.info("Credit limit of debtor {} changed by {} ({})", debtorId, rule, actor);
        return new Limit(to, pinned, at, rule);
    }

    private void log(long debtorId, BigDecimal from, BigDecimal to, boolean pinned, String rule, String reason, String actor,
                     Instant at) {
        jdbc.sql("""
                insert into inkasso.credit_limit_change (debtor_id, old_amount, new_amount, pinned, rule, reason, actor, changed_at)
                values (:debtor, :from, :to, :pinned, :rule, :reason, :actor, :at)""")
                .param("debtor", debtorId).param("from", from).param("to", to).param("pinned", pinned).param("rule", rule)
                .param("reason", reason).param("actor", actor).param("at", Timestamp.from(at)).update();
    }

    static BigDecimal wholeThousands(BigDecimal amount) {
        return amount.divide(THOUSAND, 0, RoundingMode.FLOOR).multiply(THOUSAND).setScale(2, RoundingMode.UNNECESSARY);
    }
}
