package dev.inkasso.credit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtor.Debtor;
import dev.inkasso.debtor.DebtorRepository;
import dev.inkasso.format.RussianFormat;
import dev.inkasso.web.NotFoundException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit requests and what was found and decided on each: the registers' signals, the score with its reasons, the
 * rule table's answer, and the final decision (by the rule, or by a manager's review) with the limit it grants.
 */
@Service
public class CreditRequests {
    public enum Decision { APPROVE, APPROVE_PREPAYMENT, REJECT }

    /** What the rule table and the review read about a request. */
    public record Assessment(long requestId, long debtorId, String debtorName, String debtorInn, BigDecimal requestedLimit,
                             int requestedTermDays, CounterpartySignals signals, RiskScore score) {
    }

    public record CreditRequestView(long requestId, long debtorId, String debtorInn, String debtorName,
                                    BigDecimal requestedLimit, int requestedTermDays, String status, String processInstanceId,
                                    CounterpartySignals signals, Integer score, String scoreModel, List<String> reasons,
                                    String ruleDecision, String ruleReason, String decision, BigDecimal approvedLimit,
                                    Integer approvedTermDays, String decisionNote, String decidedBy, Instant decidedAt,
                                    String createdBy, Instant createdAt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final JdbcClient jdbc;
    private final DebtorRepository debtors;
    private final CounterpartyCheckGateway registers;
    private final CreditHistories histories;
    private final CreditLimits limits;
    private final RiskScoring scoring;
    private final CreditorProperties creditor;
    private final Clock clock;

    CreditRequests(JdbcClient jdbc, DebtorRepository debtors, CounterpartyCheckGateway registers, CreditHistories histories,
                   CreditLimits limits, RiskScoring scoring, CreditorProperties creditor, Clock clock) {
        this.jdbc = jdbc;
        this.debtors = debtors;
        this.registers = registers;
        this.histories = histories;
        this.limits = limits;
        this.scoring = scoring;
        this.creditor = creditor;
        this.clock = clock;
    }

    @Transactional
    public long create(long debtorId, BigDecimal requestedLimit, int requestedTermDays, String actor) {
        return jdbc.sql("""
                insert into inkasso.credit_request (debtor_id, requested_limit, requested_term_days, status, created_by, created_at)
                values (:debtor, :limit, :term, 'CHECKING', :actor, :now) returning id""")
                .param("debtor", debtorId).param("limit", requestedLimit).param("term", requestedTermDays)
                .param("actor", actor).param("now", Timestamp.from(clock.instant())).query(Long.class).single();
    }

    @Transactional
    public void attachProcess(long requestId, String processInstanceId) {
        jdbc.sql("update inkasso.credit_request set process_instance_id = :pi where id = :id")
                .param("pi", processInstanceId).param("id", requestId).update();
    }

    /** Asks the registers about the request's counterparty and keeps their answer on the request. */
    @Transactional
    public CounterpartySignals gatherSignals(long requestId) {
        CounterpartySignals signals = registers.check(get(requestId).debtorInn());
        jdbc.sql("update inkasso.credit_request set signals = :signals where id = :id")
                .param("signals", json(signals)).param("id", requestId).update();
        return signals;
    }

    /** Scores the debtor on its history and the signals found; the score and its reasons are kept on the request. */
    @Transactional
    public Assessment assess(long requestId) {
        CreditRequestView request = get(requestId);
        Debtor debtor = debtors.findById(request.debtorId()).orElseThrow();
        CounterpartySignals signals = request.signals() != null ? request.signals() : CounterpartySignals.none();
        CreditHistory history = histories.of(debtor.getId(), limits.current(debtor.getId()).amount());
        RiskScore score = scoring.score(history, signals, creditor.today(clock));
        jdbc.sql("update inkasso.credit_request set score = :score, score_model = :model, reasons = :reasons where id = :id")
                .param("score", score.score()).param("model", score.model()).param("reasons", json(score.reasonTexts()))
                .param("id", requestId).update();
        return new Assessment(requestId, debtor.getId(), debtor.getName(), debtor.getInn(), request.requestedLimit(),
                request.requestedTermDays(), signals, score);
    }

    /** The rule table's answer; REVIEW puts the request before a manager. */
    @Transactional
    public void recordRule(long requestId, String ruleDecision, String reason) {
        jdbc.sql("update inkasso.credit_request set rule_decision = :decision, rule_reason = :reason, status = :status where id = :id")
                .param("decision", ruleDecision).param("reason", reason)
                .param("status", "REVIEW".equals(ruleDecision) ? "IN_REVIEW" : "CHECKING").param("id", requestId).update();
    }

    /** Decides as the rule table said: an approval grants the requested limit for the shorter of the two terms. */
    @Transactional
    public void decideByRule(long requestId, int maxTermDays) {
        CreditRequestView request = get(requestId);
        if ("DECIDED".equals(request.status())) {
            return;
        }
        Decision decision = Decision.valueOf(request.ruleDecision());
        decide(requestId, decision, request.requestedLimit(), Math.min(request.requestedTermDays(), maxTermDays),
                request.ruleReason(), "system");
    }

    /**
     * Records the decision and sets the debtor's limit: the approved limit, or none (prepayment only, rejected).
     * A decided request stays decided: a second decision is refused.
     */
    @Transactional
    public void decide(long requestId, Decision decision, BigDecimal approvedLimit, int approvedTermDays, String note,
                       String actor) {
        BigDecimal granted = decision == Decision.APPROVE ? approvedLimit.setScale(2) : BigDecimal.ZERO.setScale(2);
        int term = decision == Decision.APPROVE ? approvedTermDays : 0;
        int updated = jdbc.sql("""
                update inkasso.credit_request set status = 'DECIDED', decision = :decision, approved_limit = :limit,
                       approved_term_days = :term, decision_note = :note, decided_by = :actor, decided_at = :now
                 where id = :id and status <> 'DECIDED'""")
                .param("decision", decision.name()).param("limit", granted).param("term", term).param("note", note)
                .param("actor", actor).param("now", Timestamp.from(clock.instant())).param("id", requestId).update();
        if (updated == 0) {
            throw new dev.inkasso.web.ConflictException("requestId", "the credit request is decided already");
        }
        String reason = switch (decision) {
            case APPROVE -> "Кредитная заявка № " + requestId + " одобрена: лимит " + RussianFormat.money(granted)
                    + ", отсрочка " + term + " дн.";
            case APPROVE_PREPAYMENT -> "Кредитная заявка № " + requestId + ": только предоплата";
            case REJECT -> "Кредитная заявка № " + requestId + " отклонена";
        };
        limits.grant(get(requestId).debtorId(), granted, reason, actor);
    }

    @Transactional(readOnly = true)
    public CreditRequestView get(long requestId) {
        return jdbc.sql("""
                select r.*, d.inn, d.name from inkasso.credit_request r join inkasso.debtor d on d.id = r.debtor_id
                 where r.id = :id""")
                .param("id", requestId)
                .query((rs, n) -> new CreditRequestView(rs.getLong("id"), rs.getLong("debtor_id"), rs.getString("inn"),
                        rs.getString("name"), rs.getBigDecimal("requested_limit"), rs.getInt("requested_term_days"),
                        rs.getString("status"), rs.getString("process_instance_id"),
                        read(rs.getString("signals"), new TypeReference<CounterpartySignals>() { }),
                        (Integer) rs.getObject("score"), rs.getString("score_model"),
                        read(rs.getString("reasons"), new TypeReference<List<String>>() { }),
                        rs.getString("rule_decision"), rs.getString("rule_reason"), rs.getString("decision"),
                        rs.getBigDecimal("approved_limit"), (Integer) rs.getObject("approved_term_days"),
                        rs.getString("decision_note"), rs.getString("decided_by"),
                        rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
                .optional().orElseThrow(() -> new NotFoundException("No credit request " + requestId));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
