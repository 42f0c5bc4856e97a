package dev.inkasso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.inkasso.agency.Agencies;
import dev.inkasso.casefile.CaseList;
import dev.inkasso.config.CreditorProperties;
import dev.inkasso.support.IntegrationTest;
import dev.inkasso.web.FieldProblem;
import dev.inkasso.web.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's report for another period: its own DSO and CEI, every other figure from the default view, and a
 * period that cannot be asked for named by its field. The figures themselves are {@link BookAnalyticsTest}'s.
 */
class BookReportTest extends IntegrationTest {
    @Autowired
    BookAnalytics analytics;
    @Autowired
    CaseList cases;
    @Autowired
    Agencies agencies;
    @Autowired
    CreditorProperties creditor;
    @Autowired
    Clock clock;
    private BookReport book;

    /** As production serves it: the default view kept for an hour (the tests' configuration keeps it for no time). */
    @BeforeEach
    void aReportKeptForAnHour() {
        book = new BookReport(analytics, cases, agencies, creditor, clock, Duration.ofHours(1));
    }

    @Test
    void anotherPeriodComputesItsDsoAndCeiAndTakesTheRestFromTheDefaultView() {
        LocalDate today = creditor.today(clock);
        LocalDate from = today.minusDays(59);
        LocalDate to = today.minusDays(1);
        BookReport.Report defaultView = book.refresh();

        BookReport.Report period = book.report(from, to);

        assertThat(period.effectiveness()).isEqualTo(analytics.effectiveness(BookScope.all(), from, to));
        assertThat(period.effectiveness().from()).isEqualTo(from);
        assertThat(period.effectiveness().to()).isEqualTo(to);
        // the rest was not computed again: the default view's instant and figures
        assertThat(period.computedAt()).isEqualTo(defaultView.computedAt());
        assertThat(period.forPeriod(defaultView.effectiveness())).isEqualTo(defaultView);
        assertThat(book.report(null, null)).isSameAs(defaultView);
    }

    @Test
    void aPeriodThatCannotBeAskedForIsNamedByItsField() {
        LocalDate today = creditor.today(clock);
        assertThat(problem(today.minusDays(5), today.plusDays(1))).isEqualTo(FieldProblem.of("to", "must not be after today"));
        assertThat(problem(today.minusDays(1), today.minusDays(2))).isEqualTo(FieldProblem.of("from", "must not be after to"));
        assertThat(problem(today.minusDays(366), today).field()).isEqualTo("from");
        assertThat(book.report(today.minusDays(365), today).effectiveness().from()).isEqualTo(today.minusDays(365));
    }

    private FieldProblem problem(LocalDate from, LocalDate to) {
        return catchThrowableOfType(InvalidInputException.class, () -> book.report(from, to)).problems().get(0);
    }
}
