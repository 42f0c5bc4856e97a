package dev.inkasso.court;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code court} of {@code GET /api/cases/{id}}: where the case stands in court and what was awarded. */
public record CourtView(Route route, String courtName, String courtCaseNumber, LocalDate filedOn, int filings, String result,
                        LocalDate resultDate, LocalDate hearingDate, Awarded awarded, LocalDate inForceOn, Writ writ) {
    public record Route(String court, String procedure) {
    }

    /** The award; {@code runningInterest} is ст. 395 interest since the result where awarded to the day of payment. */
    public record Awarded(BigDecimal principal, BigDecimal interest, BigDecimal costs, boolean interestUntilPaid,
                          BigDecimal runningInterest, BigDecimal total) {
    }

    public record Writ(String number, LocalDate issuedOn) {
    }

    static CourtView of(CourtCase c, BigDecimal runningInterest) {
        Awarded awarded = c.isAwarded() ? new Awarded(c.getAwardedPrincipal(), c.getAwardedInterest(), c.getAwardedCosts(),
                c.isInterestUntilPaid(), runningInterest, c.awardedTotal().add(runningInterest)) : null;
        return new CourtView(new Route(c.getCourt().name(), c.getProcedure().name()), c.getCourtName(), c.getCourtCaseNumber(),
                c.getFiledOn(), c.getFilings(), c.getResult() == null ? null : c.getResult().name(), c.getResultDate(),
                c.getHearingDate(), awarded, c.getInForceOn(),
                c.getWritNumber() == null ? null : new Writ(c.getWritNumber(), c.getWritIssuedOn()));
    }
}
