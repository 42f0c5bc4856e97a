package dev.inkasso.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.debtor.DebtorRepository;
import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.debtor.DebtorService;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.CaseWriter;
import dev.inkasso.support.Fixtures;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two intakes that name the same new debtor at the same moment (two CSV files of one export, a file and a single post):
 * both see no debtor with that ИНН and create it, and the later insert fails on the ИНН's unique key once the first
 * commits. The loser runs again and files its invoice under the debtor the winner created — it is not a server error.
 */
class NewDebtorRaceTest extends ApiTest {
    @Autowired
    DebtorService debtorService;
    @Autowired
    DebtorRepository debtors;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseWriter writer;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aCsvWhoseNewDebtorIsBeingCreatedElsewhereIsImportedUnderThatDebtor() throws Exception {
        DebtorRequest debtor = Fixtures.organisation("ООО «Гонка»");
        String number = Fixtures.invoiceNumber("RACE");
        String csv = String.join(";", InvoiceCsv.COLUMNS) + "\n" + number + ";ORGANIZATION;ООО «Гонка»;" + debtor.inn()
                + ";;race@example.ru;;г. Москва;Europe/Moscow;1000.00;" + LocalDate.now().minusDays(5) + ";"
                + LocalDate.now().plusDays(20) + ";;;\n";

        ResponseEntity<String> answer = whileAnotherIntakeCreates(debtor, () -> postCsv(FEED, csv));

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(answer.getBody(), "$.imported")).isEqualTo(1);
        assertFiledUnderTheOneDebtor(debtor, number);
    }

    @Test
    void aSinglePostWhoseNewDebtorIsBeingCreatedElsewhereIsOpenedUnderThatDebtor() throws Exception {
        DebtorRequest debtor = Fixtures.organisation("ООО «Гонка»");
        String number = Fixtures.invoiceNumber("RACE");

        ResponseEntity<String> answer = whileAnotherIntakeCreates(debtor,
                () -> post(FEED, "/api/invoices", Fixtures.invoice(number, debtor, "1000.00", LocalDate.now().plusDays(20))));

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        assertFiledUnderTheOneDebtor(debtor, number);
    }

    /**
     * Another transaction creates the debtor and keeps it uncommitted until the request under test waits for its ИНН
     * at the unique key; then it commits, and the request's insert fails: the request has to run again to succeed.
     */
    private ResponseEntity<String> whileAnotherIntakeCreates(DebtorRequest debtor,
                                                             Supplier<ResponseEntity<String>> request) throws Exception {
        CountDownLatch created = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    debtorService.findOrCreate(debtor);
                    created.countDown();
                    await(release);
                }));
        await(created);
        CompletableFuture<ResponseEntity<String>> answer = CompletableFuture.supplyAsync(request);
        writer.untilSomeoneWaits();
        release.countDown();
        other.get(30, TimeUnit.SECONDS);
        return answer.get(30, TimeUnit.SECONDS);
    }

    private void assertFiledUnderTheOneDebtor(DebtorRequest debtor, String number) {
        long debtorId = debtors.findByInn(debtor.inn()).orElseThrow().getId();
        assertThat(jdbc.queryForList("select debtor_id from inkasso.invoice where number = ?", Long.class, number))
                .as("the invoice, under the debtor the other intake created").containsExactly(debtorId);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
