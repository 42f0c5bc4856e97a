package dev.inkasso.communication;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Hands letters to their channel in the order this node claimed them, while the sender threads check and build them
 * side by side. A claim (one row lock on the due-date index) is taken by one thread at a time and numbered; a thread
 * sends when every letter claimed before its own has been sent or passed over (cancelled, deferred, failed). So the
 * letters reach the SMTP server in due-date order, and only the claim and the transfer itself are taken in turn, not
 * the case's checks, the MIME message with its QR code, the evidence record or the commit. Two nodes each keep their
 * own order.
 */
final class SendingOrder {
    private final ReentrantLock claiming = new ReentrantLock();
    private long issued; // guarded by claiming
    private long served; // guarded by this: every ticket below it has been passed
    private final Set<Long> passedEarly = new HashSet<>(); // guarded by this

    /** Claims the next item, if there is one, and numbers it; no other claim of this node runs meanwhile. */
    <T> Optional<Turn<T>> claim(Supplier<Optional<T>> next) {
        claiming.lock();
        try {
            return next.get().map(item -> new Turn<>(this, issued++, item));
        } finally {
            claiming.unlock();
        }
    }

    private synchronized void awaitTurn(long ticket) {
        boolean interrupted = false;
        while (served != ticket) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true; // an earlier letter is still on its way: this one must not overtake it
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void pass(long ticket) {
        passedEarly.add(ticket);
        while (passedEarly.remove(served)) {
            served++;
        }
        notifyAll();
    }

    /** A claimed item's place in the order; closing it lets the items after it go. */
    static final class Turn<T> implements AutoCloseable {
        private final SendingOrder order;
        private final long ticket;
        private final T item;
        private boolean passed;

        private Turn(SendingOrder order, long ticket, T item) {
            this.order = order;
            this.ticket = ticket;
            this.item = item;
        }

        T item() {
            return item;
        }

        /** Waits until every item claimed before this one has been passed. */
        void await() {
            order.awaitTurn(ticket);
        }

        /** Lets the items after this one go (at once if this one never waits for its turn). */
        @Override
        public void close() {
            if (!passed) {
                passed = true;
                order.pass(ticket);
            }
        }
    }
}
