package dev.inkasso.privacy;

import dev.inkasso.config.CreditorProperties;
import dev.inkasso.debtcase.DebtCase;
import dev.inkasso.debtcase.DebtCaseRepository;
import dev.inkasso.debtor.Debtor;
import dev.inkasso.debtor.DebtorRepository;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.web.ConflictException;
import dev.inkasso.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 152-ФЗ ст. 21: personal data is destroyed once its purpose is achieved. A debtor's contact data (e-mail, phone,
 * address — also as a letter's recipient and a representative's e-mail) is erased when all its cases are closed and
 * the retention period after the last closing ({@code inkasso.privacy.retention-after-close}, by default the 3-year
 * limitation period within which the closing may still be disputed) has passed. Invoices, payments, write-offs and
 * the interaction log stay: accounting and evidence the law requires to keep.
 */
@Service
public class PersonalDataErasure {
    static final String ERASED = "erased";

    private final DebtorRepository debtors;
    private final DebtCaseRepository cases;
    private final JdbcTemplate jdbc;
    private final InteractionLog interactions;
    private final CreditorProperties creditor;
    private final Period retention;
    private final Clock clock;

    PersonalDataErasure(DebtorRepository debtors, DebtCaseRepository cases, JdbcTemplate jdbc, InteractionLog interactions,
                        CreditorProperties creditor, @Value("${inkasso.privacy.retention-after-close:P3Y}") Period retention,
                        Clock clock) {
        this.debtors = debtors;
        this.cases = cases;
        this.jdbc = jdbc;
        this.interactions = interactions;
        this.creditor = creditor;
        this.retention = retention;
        this.clock = clock;
    }

    public record Erased(long debtorId, Instant erasedAt, List<String> fields) {
    }

    @Transactional
    public Erased erase(long debtorId, String actor) {
        Debtor debtor = debtors.findById(debtorId).orElseThrow(() -> new NotFoundException("No debtor " + debtorId));
        List<DebtCase> all = cases.findByInvoiceDebtorId(debtorId);
        if (all.stream().anyMatch(DebtCase::isOpen)) {
            throw new ConflictException("debtorId", "debtor " + debtorId + " has open cases; personal data is still needed");
        }
        LocalDate today = creditor.today(clock);
        LocalDate allowedFrom = all.stream().map(c -> LocalDate.ofInstant(c.getClosedAt(), creditor.timeZone()).plus(retention))
                .max(LocalDate::compareTo).orElse(today);
        if (allowedFrom.isAfter(today)) {
            throw new ConflictException("debtorId", "the retention period of debtor " + debtorId + " runs until " + allowedFrom
                    + " (inkasso.privacy.retention-after-close = " + retention + ")");
        }
        debtor.eraseContactData();
        jdbc.update("update inkasso.outbox_message set recipient = ? where case_id in (select c.id from inkasso.debt_case c "
                + "join inkasso.invoice i on i.id = c.invoice_id where i.debtor_id = ?)", ERASED, debtorId);
        jdbc.update("update inkasso.contact_restriction set representative_email = ? where debtor_id = ? "
                + "and representative_email is not null", ERASED, debtorId);
        all.forEach(c -> interactions.record(c.getId(), dev.inkasso.interaction.ContactChannel.SYSTEM,
                dev.inkasso.interaction.Direction.INTERNAL, "PERSONAL_DATA", "ERASED", actor,
                "Персональные данные должника уничтожены (152-ФЗ ст. 21)", "Удалены: e-mail, телефон, адрес"));
        return new Erased(debtorId, clock.instant(), List.of("email", "phone", "address"));
    }
}
