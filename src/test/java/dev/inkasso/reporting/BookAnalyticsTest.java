package dev.inkasso.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.debtcase.AgingBucket;
import dev.inkasso.debtcase.CaseStage;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.IntegrationTest;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's figures on a small fixed book, computed by hand (see each assertion). The book is written straight
 * into the tables (no processes: the figures read only the domain tables) and the figures are asked for its debtors
 * only, so other tests' cases in the same database do not count.
 *
 * <pre>
 * debtor A  A1 100 000,00 issued 01.05 due 31.05  OPEN  OVERDUE 01.06 → NEGOTIATION 10.06, paid 40 000 on 15.06, SOFT
 *           A2  50 000,00 issued 10.06 due 10.07  OPEN  PRE_DUE
 *           A3  30 000,00 issued 10.01 due 09.02  PAID  OVERDUE 10.02 → SECOND_NOTICE 01.03, paid in full 20.06, SOFT
 * debtor B  B1 200 000,00 issued 01.02 due 03.03  OPEN  OVERDUE → PRE_TRIAL_CLAIM → COURT, written off 20 000 on 05.06,
 *                                                      paid 10 000 on 25.06, HARD
 *           B2  80 000,00 issued 01.06 due 20.06  OPEN  OVERDUE 21.06, HARD
 * </pre>
 */
class BookAnalyticsTest extends IntegrationTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    @Autowired
    BookAnalytics analytics;
    @Autowired
    JdbcTemplate jdbc;
    private BookScope book;
    private long a1;
    private long a3;

    @BeforeEach
    void aSmallBook() {
        long a = debtor("ООО «Аналитика А»");
        long b = debtor("ООО «Аналитика Б»");
        book = BookScope.debtors(List.of(a, b));
        a1 = invoiceCase(a, "100000.00", "2025-05-01", "2025-05-31", "NEGOTIATION", "OPEN", null);
        stage(a1, "OVERDUE", "2025-06-01");
        stage(a1, "NEGOTIATION", "2025-06-10");
        pay(a1, "40000.00", "2025-06-15");
        strategy(a1, "SOFT");
        invoiceCase(a, "50000.00", "2025-06-10", "2025-07-10", "PRE_DUE", "OPEN", null);
        a3 = invoiceCase(a, "30000.00", "2025-01-10", "2025-02-09", "CLOSED", "PAID", "2025-06-20");
        stage(a3, "OVERDUE", "2025-02-10");
        stage(a3, "SECOND_NOTICE", "2025-03-01");
        pay(a3, "30000.00", "2025-06-20");
        strategy(a3, "SOFT");
        long b1 = invoiceCase(b, "200000.00", "2025-02-01", "2025-03-03", "COURT", "OPEN", null);
        stage(b1, "OVERDUE", "2025-03-04");
        stage(b1, "PRE_TRIAL_CLAIM", "2025-04-01");
        stage(b1, "COURT", "2025-05-15");
        jdbc.update("insert into inkasso.write_off (case_id, amount, reason, actor, created_at) values (?, 20000.00, 'неустойка', 't', ?)",
                b1, at("2025-06-05"));
        pay(b1, "10000.00", "2025-06-25");
        strategy(b1, "HARD");
        long b2 = invoiceCase(b, "80000.00", "2025-06-01", "2025-06-20", "OVERDUE", "OPEN", null);
        stage(b2, "OVERDUE", "2025-06-21");
        strategy(b2, "HARD");
    }

    @Test
    void agingSortsTheOpenReceivablesByDaysPastDue() {
        BookAnalytics.Aging aging = analytics.aging(book, List.of(TODAY)).get(0);

        // A1 30 days past due, 100 000 − 40 000; B2 10 days, 80 000 → 1–30: 2 invoices, 140 000
        assertThat(aging.buckets().get(AgingBucket.DAYS_1_30)).isEqualTo(amount(2, "140000.00"));
        // A2 due in 10 days
        assertThat(aging.buckets().get(AgingBucket.NOT_DUE)).isEqualTo(amount(1, "50000.00"));
        // B1 119 days past due, 200 000 − 20 000 written off − 10 000 paid
        assertThat(aging.buckets().get(AgingBucket.DAYS_91_180)).isEqualTo(amount(1, "170000.00"));
        assertThat(aging.buckets().get(AgingBucket.DAYS_31_60)).isEqualTo(amount(0, "0.00"));
        // A3 was paid and closed before the day: not a receivable
        assertThat(aging.total()).isEqualByComparingTo("360000.00");
    }

    @Test
    void agingOnAnEarlierDayCountsWhatWasOwedThen() {
        BookAnalytics.Aging endOfMay = analytics.aging(book, List.of(LocalDate.of(2025, 5, 31))).get(0);

        // A1 due that day (100 000), A3 111 days (30 000), B1 89 days (200 000); A2 and B2 not yet issued
        assertThat(endOfMay.buckets().get(AgingBucket.NOT_DUE)).isEqualTo(amount(1, "100000.00"));
        assertThat(endOfMay.buckets().get(AgingBucket.DAYS_61_90)).isEqualTo(amount(1, "200000.00"));
        assertThat(endOfMay.buckets().get(AgingBucket.DAYS_91_180)).isEqualTo(amount(1, "30000.00"));
        assertThat(endOfMay.total()).isEqualByComparingTo("330000.00");
    }

    @Test
    void dsoAndCeiFollowTheirFormulas() {
        BookAnalytics.Effectiveness june = analytics.effectiveness(book, LocalDate.of(2025, 6, 1), TODAY);

        assertThat(june.receivablesAtStart()).isEqualByComparingTo("330000.00");
        assertThat(june.invoiced()).isEqualByComparingTo("130000.00"); // A2 + B2
        assertThat(june.receivablesAtEnd()).isEqualByComparingTo("360000.00");
        assertThat(june.currentAtEnd()).isEqualByComparingTo("50000.00");
        // DSO = 360 000 ÷ 130 000 × 30 = 83,08
        assertThat(june.dso()).isEqualByComparingTo("83.1");
        // CEI = (330 000 + 130 000 − 360 000) ÷ (330 000 + 130 000 − 50 000) × 100 = 24,39
        assertThat(june.cei()).isEqualByComparingTo("24.4");
    }

    @Test
    void theFunnelCountsTheCasesThatReachedEachStageAndHowManyOfThemWerePaid() {
        Map<CaseStage, BookAnalytics.FunnelStep> funnel = analytics.funnel(book).stream()
                .collect(Collectors.toMap(BookAnalytics.FunnelStep::stage, f -> f));

        assertThat(funnel.get(CaseStage.PRE_DUE)).isEqualTo(step(CaseStage.PRE_DUE, 5, "460000.00", 1, "0.2000"));
        assertThat(funnel.get(CaseStage.OVERDUE)).isEqualTo(step(CaseStage.OVERDUE, 4, "410000.00", 1, "0.2500"));
        assertThat(funnel.get(CaseStage.SECOND_NOTICE)).isEqualTo(step(CaseStage.SECOND_NOTICE, 1, "30000.00", 1, "1.0000"));
        assertThat(funnel.get(CaseStage.NEGOTIATION)).isEqualTo(step(CaseStage.NEGOTIATION, 1, "100000.00", 0, "0.0000"));
        assertThat(funnel.get(CaseStage.COURT)).isEqualTo(step(CaseStage.COURT, 1, "200000.00", 0, "0.0000"));
        assertThat(funnel.get(CaseStage.AGENCY).cases()).isZero();
        assertThat(funnel.get(CaseStage.AGENCY).conversion()).isNull();
    }

    @Test
    void recoveryIsWhatWasPaidOfThePrincipalByStrategy() {
        List<BookAnalytics.Recovery> byStrategy = analytics.recoveryByStrategy(book);

        // HARD: B1 + B2 = 280 000, 10 000 paid; SOFT: A1 + A3 = 130 000, 70 000 paid; A2 has no strategy yet
        assertThat(byStrategy).containsExactly(
                new BookAnalytics.Recovery("HARD", 2, new BigDecimal("280000.00"), new BigDecimal("10000.00"), new BigDecimal("0.0357")),
                new BookAnalytics.Recovery("SOFT", 2, new BigDecimal("130000.00"), new BigDecimal("70000.00"), new BigDecimal("0.5385")));
    }

    @Test
    void daysToCashRunFromTheStageThePaymentCameIn() {
        // A3 entered SECOND_NOTICE on 01.03 and was paid on 20.06: 111 days
        assertThat(analytics.daysToCash(book)).containsExactly(
                new BookAnalytics.DaysToCash(CaseStage.SECOND_NOTICE, 1, new BigDecimal("111.0")));
    }

    @Test
    void topDebtorsAndGrowingBalances() {
        List<BookAnalytics.DebtorBalance> top = analytics.topDebtors(book, 10);
        assertThat(top).extracting(BookAnalytics.DebtorBalance::name).containsExactly("ООО «Аналитика Б»", "ООО «Аналитика А»");
        assertThat(top).extracting(BookAnalytics.DebtorBalance::outstanding)
                .containsExactly(new BigDecimal("250000.00"), new BigDecimal("110000.00"));
        // B owed 200 000 on 31.05 and 250 000 now; A owed 130 000 then and 110 000 now
        assertThat(analytics.growingBalances(book, TODAY)).extracting(BookAnalytics.DebtorBalance::name)
                .containsExactly("ООО «Аналитика Б»");
    }

    @Test
    void repeatedLatenessNeedsThreeLateInvoicesInAYear() {
        long c = debtor("ООО «Три просрочки»");
        for (int month = 3; month <= 5; month++) {
            LocalDate due = LocalDate.of(2025, month, 28);
            long id = invoiceCase(c, "1000.00", due.minusDays(20).toString(), due.toString(), "CLOSED", "PAID",
                    due.plusDays(7).toString());
            pay(id, "1000.00", due.plusDays(7).toString());
        }
        long punctual = debtor("ООО «Вовремя»");
        for (int month = 3; month <= 5; month++) {
            LocalDate due = LocalDate.of(2025, month, 28);
            long id = invoiceCase(punctual, "1000.00", due.minusDays(20).toString(), due.toString(), "CLOSED", "PAID",
                    due.minusDays(1).toString());
            pay(id, "1000.00", due.minusDays(1).toString());
        }

        assertThat(analytics.repeatedLateness(BookScope.debtors(List.of(c, punctual)), TODAY))
                .extracting(BookAnalytics.DebtorBalance::name, BookAnalytics.DebtorBalance::cases)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ООО «Три просрочки»", 3L));
    }

    private long debtor(String name) {
        return jdbc.queryForObject("""
                insert into inkasso.debtor (type, name, inn, email, time_zone, created_at)
                values ('ORGANIZATION', ?, ?, 'book@example.ru', 'Europe/Moscow', now()) returning id""",
                Long.class, name, Fixtures.organisationInn());
    }

    private long invoiceCase(long debtor, String amount, String issued, String due, String stage, String status, String closed) {
        long invoice = jdbc.queryForObject("""
                insert into inkasso.invoice (number, debtor_id, amount, currency, issue_date, due_date, created_at)
                values (?, ?, ?, 'RUB', ?, ?, now()) returning id""", Long.class, Fixtures.invoiceNumber("BOOK"), debtor,
                new BigDecimal(amount), Date.valueOf(issued), Date.valueOf(due));
        return jdbc.queryForObject("""
                insert into inkasso.debt_case (invoice_id, stage, status, opened_at, closed_at) values (?, ?, ?, ?, ?) returning id""",
                Long.class, invoice, stage, status, at(issued), closed == null ? null : at(closed));
    }

    private void stage(long caseId, String stage, String day) {
        jdbc.update("insert into inkasso.case_stage_change (case_id, stage, entered_at) values (?, ?, ?)", caseId, stage, at(day));
    }

    private void pay(long caseId, String amount, String day) {
        jdbc.update("""
                insert into inkasso.payment (external_id, case_id, amount, paid_at, method, received_at)
                values (?, ?, ?, ?, 'BANK_TRANSFER', ?)""", Fixtures.invoiceNumber("PAY"), caseId, new BigDecimal(amount),
                at(day), at(day));
    }

    private void strategy(long caseId, String strategy) {
        jdbc.update("""
                insert into inkasso.interaction (case_id, occurred_at, channel, direction, kind, outcome, actor)
                values (?, now(), 'SYSTEM', 'INTERNAL', 'STRATEGY', ?, 'system')""", caseId, strategy);
    }

    /** Noon in Moscow of the day: the same date in the creditor's zone and in UTC. */
    private static Timestamp at(String day) {
        return Timestamp.from(Instant.parse(day + "T09:00:00Z"));
    }

    private static BookAnalytics.Amount amount(long cases, String amount) {
        return new BookAnalytics.Amount(cases, new BigDecimal(amount));
    }

    private static BookAnalytics.FunnelStep step(CaseStage stage, long cases, String principal, long paid, String conversion) {
        return new BookAnalytics.FunnelStep(stage, cases, new BigDecimal(principal), paid, new BigDecimal(conversion));
    }
}
