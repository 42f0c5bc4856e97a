package dev.inkasso.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A poll works off the whole backlog, not one batch per poll interval. */
class OutboxPollerTest {
    private static final int BATCH = 50;

    @Test
    void aPollKeepsSendingWhileBatchesComeBackFull() throws Exception {
        OutboxSender sender = mock(OutboxSender.class);
        when(sender.deliverDue()).thenReturn(BATCH, BATCH, BATCH, 7, 0);
        OutboxPoller poller = new OutboxPoller(sender, properties(1));

        poller.start().join();

        verify(sender, times(4)).deliverDue(); // three full batches, then a short one: nothing more is due
        poller.destroy();
    }

    @Test
    void everySenderThreadDrainsUntilNothingIsDue() throws Exception {
        OutboxSender sender = mock(OutboxSender.class);
        java.util.concurrent.atomic.AtomicInteger backlog = new java.util.concurrent.atomic.AtomicInteger(1_000);
        when(sender.deliverDue()).thenAnswer(call -> Math.min(BATCH, backlog.getAndUpdate(left -> Math.max(0, left - BATCH))));
        OutboxPoller poller = new OutboxPoller(sender, properties(3));

        poller.start().join();

        assertThat(backlog.get()).isZero();
        poller.destroy();
    }

    @Test
    void aPollWhileTheSendersStillWorkStartsNoSecondRound() throws Exception {
        OutboxSender sender = mock(OutboxSender.class);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        when(sender.deliverDue()).thenAnswer(call -> {
            release.await();
            return 0;
        });
        OutboxPoller poller = new OutboxPoller(sender, properties(1));

        var first = poller.start();
        assertThat(poller.start()).as("the second poll returns at once").isDone();
        release.countDown();
        first.join();

        verify(sender, times(1)).deliverDue();
        poller.destroy();
    }

    private static OutboxProperties properties(int senders) {
        return new OutboxProperties(Duration.ofSeconds(10), BATCH, 3, Duration.ofMinutes(1), senders, true);
    }
}
