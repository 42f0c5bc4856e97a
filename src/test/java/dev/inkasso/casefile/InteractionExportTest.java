package dev.inkasso.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.interaction.ContactChannel;
import dev.inkasso.interaction.Direction;
import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The interaction log exported as CSV never carries a live spreadsheet formula. */
class InteractionExportTest extends ApiTest {
    @Autowired
    ProcessDriver driver;
    @Autowired
    InteractionLog interactions;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void formulasInWhatPeopleWroteAreNeutralised() {
        IntakeResult r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("CSVX"), "700.00", LocalDate.of(2026, 1, 10)));
        transaction.executeWithoutResult(tx -> interactions.record(r.caseId(), ContactChannel.PHONE, Direction.INBOUND, "CALL",
                "REACHED", "=cmd|' /C calc'!A0", "+HYPERLINK(1)", "@SUM(A1:A9)"));

        String csv = get(OFFICER, "/api/cases/" + r.caseId() + "/interactions.csv").getBody();

        assertThat(csv).contains("'=cmd|' /C calc'!A0").contains("'+HYPERLINK(1)").contains("'@SUM(A1:A9)")
                .doesNotContain(";=cmd").doesNotContain(";+HYPERLINK").doesNotContain(";@SUM");
    }
}
