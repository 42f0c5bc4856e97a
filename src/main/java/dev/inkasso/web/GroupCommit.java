package dev.inkasso.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit of concurrent single requests: requests that arrive while others are being written wait in a queue,
 * and the next free request thread writes all that wait in one transaction, as the batch endpoint writes a file — one
 * commit, one engine flush, the look-ups once. A bank feed that posts payments one by one on several connections pays
 * for a transaction per group, not per payment.
 *
 * <p>Nothing waits for company: a request that finds no one writing is written at once, alone, by the single path, so
 * an idle system answers exactly as without grouping. Each request keeps its own answer: a group whose transaction
 * fails is written again one request at a time, each in a transaction of its own, so one bad request fails alone and
 * a good one is never lost with it. Two requests with the same key (a repeated payment id, a repeated invoice number)
 * never share a group: the second waits for the next, where it meets what the first committed.
 *
 * <p>Meters, tagged {@code requests=<name>}: {@code inkasso.group.commit.size} (the groups written together and how
 * many requests they held), {@code inkasso.group.commit.rewritten} (groups whose transaction failed and that were
 * written again one by one) and {@code inkasso.group.commit.waiting} (requests waiting now).
 *
 * @param <I> a request, already checked (a group must not fail on a request's own mistake)
 * @param <O> its answer
 */
public final class GroupCommit<I, O> {
    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    private final String name;
    private final Function<List<I>, List<O>> group;
    private final Function<I, O> single;
    private final Function<I, ?> key;
    private final int maxGroup;
    /** How many groups are written at once: a group's thread alternates with the database, so two keep two cores busy. */
    private final Semaphore writers;
    private final Queue<Pending<I, O>> waiting = new ArrayDeque<>();
    private final DistributionSummary written;
    private final Counter rewritten;

    /**
     * @param group writes requests in one transaction, answering each in their order; all or nothing
     * @param single writes one request in a transaction of its own
     * @param key requests with equal keys are never written in one group
     */
    public GroupCommit(String name, Function<List<I>, List<O>> group, Function<I, O> single, Function<I, ?> key,
                       int maxGroup, int writers, MeterRegistry meters) {
        this.name = name;
        this.group = group;
        this.single = single;
        this.key = key;
        this.maxGroup = maxGroup;
        this.writers = new Semaphore(writers);
        this.written = DistributionSummary.builder("inkasso.group.commit.size").tag("requests", name)
                .description("Single requests written together in one transaction").register(meters);
        this.rewritten = Counter.builder("inkasso.group.commit.rewritten").tag("requests", name)
                .description("Groups whose transaction failed, written again one request at a time").register(meters);
        Gauge.builder("inkasso.group.commit.waiting", this, GroupCommit::waiting).tag("requests", name)
                .description("Single requests waiting to be written").register(meters);
    }

    /** The request's answer, written alone or with the requests waiting beside it; its failure is thrown as is. */
    public O submit(I request) {
        Pending<I, O> mine = new Pending<>(request);
        synchronized (waiting) {
            waiting.add(mine);
        }
        while (!mine.taken()) {
            writers.acquireUninterruptibly();
            try {
                if (!mine.taken()) {
                    write(take());
                }
            } finally {
                writers.release();
            }
        }
        try {
            return mine.answer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Requests waiting to be taken. */
    public int waiting() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    /** The waiting requests in arrival order, up to the first whose key is already in the group. */
    private List<Pending<I, O>> take() {
        List<Pending<I, O>> taken = new ArrayList<>();
        Set<Object> keys = new HashSet<>();
        synchronized (waiting) {
            while (taken.size() < maxGroup && !waiting.isEmpty() && keys.add(key.apply(waiting.peek().request))) {
                Pending<I, O> next = waiting.poll();
                next.take();
                taken.add(next);
            }
        }
        return taken;
    }

    private void write(List<Pending<I, O>> taken) {
        try {
            if (taken.size() > 1 && writtenTogether(taken)) {
                return;
            }
            for (Pending<I, O> p : taken) {
                try {
                    p.answer.complete(single.apply(p.request));
                } catch (RuntimeException e) {
                    p.answer.completeExceptionally(e);
                }
            }
        } finally {
            // an Error on the way: every request taken gets an answer, none waits for ever
            taken.forEach(p -> p.answer.completeExceptionally(new IllegalStateException("the request was not written")));
        }
    }

    private boolean writtenTogether(List<Pending<I, O>> taken) {
        List<O> answers;
        try {
            answers = group.apply(taken.stream().map(p -> p.request).toList());
        } catch (RuntimeException groupFailed) {
            // written again one by one: each request gets the answer (or the failure) of its own. A race with another
            // writer (the same new debtor in two groups) is expected now and then; the message may name a debtor
            rewritten.increment();
            log.info("A group of {} {} is written again one by one after {}", taken.size(), name,
                    groupFailed.getClass().getSimpleName());
            return false;
        }
        for (int i = 0; i < taken.size(); i++) {
            taken.get(i).answer.complete(answers.get(i));
        }
        written.record(taken.size());
        return true;
    }

    private static final class Pending<I, O> {
        private final I request;
        private final CompletableFuture<O> answer = new CompletableFuture<>();
        private volatile boolean taken;

        Pending(I request) {
            this.request = request;
        }

        boolean taken() {
            return taken;
        }

        void take() {
            taken = true;
        }
    }
}
