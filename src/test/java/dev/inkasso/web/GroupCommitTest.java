package dev.inkasso.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Group commit without a database: "written" requests are recorded by the group and single functions. One writer; the
 * first request is held inside its write while the others arrive, so the group they form is known.
 */
class GroupCommitTest {
    private final List<List<String>> groups = Collections.synchronizedList(new ArrayList<>());
    private final List<String> singles = Collections.synchronizedList(new ArrayList<>());
    /** Per held request: the sign that its write began, and the latch that lets it end. */
    private final Map<String, CountDownLatch> entered = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> released = new ConcurrentHashMap<>();
    private Future<String> first;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ExecutorService clients = Executors.newCachedThreadPool();

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void aRequestThatFindsNoOneWritingIsWrittenAloneAtOnce() {
        GroupCommit<String, String> commit = commit(10);

        assertThat(commit.submit("a")).isEqualTo("single a");
        assertThat(singles).containsExactly("a");
        assertThat(groups).isEmpty();
    }

    @Test
    void requestsThatArriveWhileOneIsWrittenAreWrittenTogetherEachWithItsOwnAnswer() throws Exception {
        GroupCommit<String, String> commit = busy(10);
        List<Future<String>> waiting = List.of(submit(commit, "b"), submit(commit, "c"), submit(commit, "d"));
        untilWaiting(commit, 3);

        assertThat(firstWritten()).isEqualTo("single first");
        assertThat(waiting.get(0).get(10, TimeUnit.SECONDS)).isEqualTo("group b");
        assertThat(waiting.get(2).get(10, TimeUnit.SECONDS)).isEqualTo("group d");
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0)).containsExactlyInAnyOrder("b", "c", "d");
        assertThat(meters.get("inkasso.group.commit.size").summary().totalAmount()).isEqualTo(3);
    }

    @Test
    void aGroupThatFailsIsWrittenAgainOneByOneAndOnlyTheBadRequestFails() throws Exception {
        GroupCommit<String, String> commit = busy(10);
        Future<String> good = submit(commit, "good");
        Future<String> bad = submit(commit, "bad");
        untilWaiting(commit, 2);

        firstWritten();
        assertThat(good.get(10, TimeUnit.SECONDS)).isEqualTo("single good");
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ConflictException.class);
        assertThat(groups).isEmpty();
        assertThat(singles).contains("good").doesNotContain("bad"); // its single write threw
        assertThat(meters.get("inkasso.group.commit.rewritten").counter().count()).isEqualTo(1);
    }

    @Test
    void twoRequestsWithOneKeyNeverShareAGroup() throws Exception {
        GroupCommit<String, String> commit = busy(10);
        Future<String> once = submit(commit, "k:1");
        untilWaiting(commit, 1);
        Future<String> again = submit(commit, "k:2");
        untilWaiting(commit, 2);
        Future<String> other = submit(commit, "m:1");
        untilWaiting(commit, 3);

        firstWritten();
        assertThat(once.get(10, TimeUnit.SECONDS)).isEqualTo("single k:1"); // the group stopped before its twin
        assertThat(again.get(10, TimeUnit.SECONDS)).isEqualTo("group k:2");
        assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("group m:1");
        assertThat(groups).containsExactly(List.of("k:2", "m:1"));
    }

    @Test
    void aGroupIsNoLargerThanItsBound() throws Exception {
        GroupCommit<String, String> commit = busy(2);
        List<Future<String>> waiting = new ArrayList<>();
        for (String r : List.of("b", "c", "d", "e")) {
            waiting.add(submit(commit, r));
            untilWaiting(commit, waiting.size());
        }

        firstWritten();
        for (Future<String> w : waiting) {
            assertThat(w.get(10, TimeUnit.SECONDS)).startsWith("group");
        }
        assertThat(groups).containsExactly(List.of("b", "c"), List.of("d", "e"));
    }

    /** One writer; "bad" fails any write; a request's key is what comes before its ':'. */
    private GroupCommit<String, String> commit(int maxGroup) {
        return new GroupCommit<>("tests", group -> {
            if (group.contains("bad")) {
                throw new ConflictException("number", "bad");
            }
            groups.add(List.copyOf(group));
            return group.stream().map(r -> "group " + r).toList();
        }, one -> {
            holdIfAsked(one);
            if (one.equals("bad")) {
                throw new ConflictException("number", "bad");
            }
            singles.add(one);
            return "single " + one;
        }, r -> r.split(":")[0], maxGroup, 1, meters);
    }

    /** A commit whose one writer is busy: its request "first" stays inside its write until {@link #firstWritten}. */
    private GroupCommit<String, String> busy(int maxGroup) throws InterruptedException {
        GroupCommit<String, String> commit = commit(maxGroup);
        entered.put("first", new CountDownLatch(1));
        released.put("first", new CountDownLatch(1));
        first = clients.submit(() -> commit.submit("first"));
        assertThat(entered.get("first").await(10, TimeUnit.SECONDS)).as("the first request is being written").isTrue();
        return commit;
    }

    /** Lets the first request's write end; its answer. */
    private String firstWritten() throws Exception {
        released.get("first").countDown();
        return first.get(10, TimeUnit.SECONDS);
    }

    private void holdIfAsked(String request) {
        if (!released.containsKey(request)) {
            return;
        }
        entered.get(request).countDown();
        try {
            assertThat(released.get(request).await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Future<String> submit(GroupCommit<String, String> commit, String request) {
        return clients.submit(() -> commit.submit(request));
    }

    /** Until {@code count} requests wait in the queue (they have no other sign of having arrived). */
    private static void untilWaiting(GroupCommit<String, String> commit, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commit.waiting() < count) {
            assertThat(System.nanoTime()).as("requests waiting").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
