package dev.inkasso.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Sender threads hand their letters over in the order they claimed them. */
class SendingOrderTest {
    private final SendingOrder order = new SendingOrder();
    private final List<String> handedOver = new CopyOnWriteArrayList<>();

    @Test
    void aLetterClaimedLaterWaitsUntilEveryEarlierOneIsHandedOver() throws Exception {
        SendingOrder.Turn<String> first = order.claim(() -> Optional.of("first")).orElseThrow();
        SendingOrder.Turn<String> second = order.claim(() -> Optional.of("second")).orElseThrow();
        SendingOrder.Turn<String> third = order.claim(() -> Optional.of("third")).orElseThrow();
        Thread thirdSender = handOver(third);
        Thread secondSender = handOver(second);
        awaitWaiting(thirdSender);
        awaitWaiting(secondSender);
        assertThat(handedOver).isEmpty();

        first.await(); // the first in line never waits
        handedOver.add(first.item());
        first.close();
        secondSender.join();
        thirdSender.join();

        assertThat(handedOver).containsExactly("first", "second", "third");
    }

    @Test
    void aLetterPassedOverLetsTheNextGoWhenItsTurnComes() throws Exception {
        SendingOrder.Turn<String> sending = order.claim(() -> Optional.of("sending")).orElseThrow();
        SendingOrder.Turn<String> deferred = order.claim(() -> Optional.of("deferred")).orElseThrow();
        SendingOrder.Turn<String> next = order.claim(() -> Optional.of("next")).orElseThrow();

        deferred.close(); // passed over before its turn: it does not wait for the letter before it
        Thread nextSender = handOver(next);
        awaitWaiting(nextSender);
        assertThat(handedOver).isEmpty();
        sending.close();
        nextSender.join();

        assertThat(handedOver).containsExactly("next");
    }

    @Test
    void aClaimThatFindsNothingTakesNoPlaceInLine() {
        SendingOrder.Turn<String> first = order.claim(() -> Optional.of("first")).orElseThrow();
        first.close();
        assertThat(order.claim(Optional::empty)).isEmpty();
        SendingOrder.Turn<String> second = order.claim(() -> Optional.of("second")).orElseThrow();

        second.await(); // returns at once: no place was taken by the empty claim

        second.close();
        second.close(); // closing twice passes once
        order.claim(() -> Optional.of("third")).orElseThrow().await();
    }

    @Test
    void claimsAreTakenOneAtATime() throws Exception {
        CountDownLatch firstClaiming = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> order.claim(() -> {
            firstClaiming.countDown();
            await(release);
            return Optional.of("first");
        }));
        first.start();
        firstClaiming.await();
        Thread second = new Thread(() -> order.claim(() -> {
            handedOver.add("second claimed");
            return Optional.of("second");
        }));
        second.start();

        awaitWaiting(second);
        assertThat(handedOver).isEmpty();
        release.countDown();
        first.join();
        second.join();
        assertThat(handedOver).containsExactly("second claimed");
    }

    private Thread handOver(SendingOrder.Turn<String> turn) {
        Thread sender = new Thread(() -> {
            turn.await();
            handedOver.add(turn.item());
            turn.close();
        });
        sender.start();
        return sender;
    }

    /** Until the thread blocks (on its turn or on the claim lock), or fails the test after ten seconds. */
    private static void awaitWaiting(Thread thread) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (thread.getState() != Thread.State.WAITING) {
            assertThat(Instant.now()).as(thread.getName() + " waits").isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
