package dev.inkasso.reconciliation;

import dev.inkasso.config.CreditorProperties;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Quarterly statements ({@code inkasso.reconciliation.quarterly=true}): on the schedule's day each debtor with an open
 * balance gets the statement of the quarter just ended. A quarter is sent once per debtor, however many nodes run
 * this (a unique index); a failure for one debtor does not stop the others.
 */
@Component
class ReconciliationSchedule {
    private static final Logger log = LoggerFactory.getLogger(ReconciliationSchedule.class);

    private final Reconciliations reconciliations;
    private final JdbcClient jdbc;
    private final CreditorProperties creditor;
    private final Clock clock;
    private final boolean enabled;

    ReconciliationSchedule(Reconciliations reconciliations, JdbcClient jdbc, CreditorProperties creditor, Clock clock,
                           @Value("${inkasso.reconciliation.quarterly:false}") boolean enabled) {
        this.reconciliations = reconciliations;
        this.jdbc = jdbc;
        this.creditor = creditor;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(cron = "${inkasso.reconciliation.quarterly-cron:0 0 9 5 1,4,7,10 *}", zone = "${inkasso.creditor.time-zone:Europe/Moscow}")
    void quarterly() {
        if (enabled) {
            sendQuarter(creditor.today(clock));
        }
    }

    /** Sends the statement of the quarter before {@code today}'s to every debtor with an open balance; returns how many. */
    int sendQuarter(LocalDate today) {
        LocalDate from = quarterBefore(today);
        return sendQuarter(today, dueDebtors(from, from.plusMonths(3).minusDays(1)));
    }

    /** The statement of the quarter before {@code today}'s to each of {@code debtors} not sent it yet; returns how many. */
    int sendQuarter(LocalDate today, List<Long> debtors) {
        LocalDate from = quarterBefore(today);
        LocalDate to = from.plusMonths(3).minusDays(1);
        int sent = 0;
        for (Long debtorId : debtors) {
            try {
                reconciliations.send(debtorId, from, to, true, "system");
                sent++;
            } catch (DuplicateKeyException e) {
                log.info("Quarterly statement of debtor {} was sent already (another node)", debtorId);
            } catch (RuntimeException e) {
                log.warn("Quarterly statement of debtor {} not sent: {}", debtorId, e.toString());
            }
        }
        return sent;
    }

    /** Debtors with an open case that have not had the scheduled statement of {@code from..to}. */
    List<Long> dueDebtors(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select distinct i.debtor_id from inkasso.debt_case c join inkasso.invoice i on i.id = c.invoice_id
                 where c.status in ('OPEN', 'BANKRUPTCY')
                   and not exists (select 1 from inkasso.reconciliation r where r.debtor_id = i.debtor_id and r.scheduled
                                      and r.period_from = :from and r.period_to = :to)
                 order by i.debtor_id""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).query(Long.class).list();
    }

    /** The first day of the quarter before the one {@code day} lies in. */
    static LocalDate quarterBefore(LocalDate day) {
        return day.withDayOfMonth(1).withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1).minusMonths(3);
    }
}
