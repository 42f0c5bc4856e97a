package dev.inkasso.web;

import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Runs a whole transaction again when it lost a race with a concurrent one (two posts of one payment, two
 * payments of one case). The second run sees what the winner committed.
 */
public final class Retry {
    private static final int ATTEMPTS = 4;

    private Retry() {
    }

    public static <T> T onConflict(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isRace(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean isRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException
                    || t instanceof DataIntegrityViolationException) {
                return true;
            }
        }
        return false;
    }
}
