package dev.inkasso.casefile;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.legal.LegalProperties;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Open cases whose limitation period (ст. 196, 200, 202, 203 ГК РФ, as {@link dev.inkasso.legal.LimitationPeriod}
 * computes it) ends within the warning window. The period never ends before due date + the statutory years
 * (acknowledgements restart it, a claim suspends it), so only cases that old are candidates; each candidate's date
 * is then computed exactly.
 */
@Service
public class LimitationWatch {
    private final JdbcTemplate jdbc;
    private final CaseQueries cases;
    private final LegalProperties legal;
    private final CreditorProperties creditor;
    private final Clock clock;

    LimitationWatch(JdbcTemplate jdbc, CaseQueries cases, LegalProperties legal, CreditorProperties creditor, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.legal = legal;
        this.creditor = creditor;
        this.clock = clock;
    }

    public List<Long> expiringSoon() {
        LocalDate horizon = creditor.today(clock).plus(legal.limitationWarningWindow());
        LocalDate oldestDue = horizon.minusYears(legal.limitationRules().years());
        List<Long> candidates = jdbc.queryForList("""
                select c.id from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id
                 where c.status in ('OPEN', 'BANKRUPTCY') and i.due_date <= ? order by c.id""",
                Long.class, Date.valueOf(oldestDue));
        return cases.limitations(candidates).entrySet().stream()
                .filter(e -> e.getValue().expiringSoon()).map(java.util.Map.Entry::getKey).toList();
    }
}
