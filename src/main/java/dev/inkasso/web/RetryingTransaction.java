package dev.inkasso.web;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A request's whole transaction, run again (a bounded number of times, {@link Retry}) when it lost a race with
 * another writer of the same data; only then does the caller get a 409.
 */
@Component
public class RetryingTransaction {
    private final TransactionTemplate transaction;

    RetryingTransaction(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    public <T> T run(Supplier<T> work) {
        return Retry.onConflict(() -> transaction.execute(status -> work.get()));
    }
}
