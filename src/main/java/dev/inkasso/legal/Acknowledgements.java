package dev.inkasso.legal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The recorded acknowledgements of a case's debt (ГК РФ ст. 203), e.g. the signed reconciliation statements. */
@Service
public class Acknowledgements {
    private final JdbcClient jdbc;

    Acknowledgements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LimitationPeriod.Acknowledgement> of(long caseId) {
        return jdbc.sql("select acknowledged_on, kind from inkasso.debt_acknowledgement where case_id = :case order by acknowledged_on")
                .param("case", caseId)
                .query((rs, n) -> new LimitationPeriod.Acknowledgement(rs.getDate("acknowledged_on").toLocalDate(),
                        LimitationPeriod.AcknowledgementKind.valueOf(rs.getString("kind")))).list();
    }
}
