package dev.inkasso.communication;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drives the outbox sender on a schedule; tests switch it off and call the sender themselves. A poll works off the
 * whole backlog, batch after batch, on {@code inkasso.outbox.senders} threads (the row locks skip what another
 * thread or node holds), so a morning's wave of reminders leaves in minutes instead of one batch per poll interval.
 */
@Component
@ConditionalOnProperty(name = "inkasso.outbox.polling", havingValue = "true", matchIfMissing = true)
class OutboxPoller implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(OutboxPoller.class);
    private final OutboxSender sender;
    private final OutboxProperties properties;
    private final ExecutorService senders;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;

    OutboxPoller(OutboxSender sender, OutboxProperties properties) {
        this.sender = sender;
        this.properties = properties;
        this.senders = Executors.newFixedThreadPool(properties.senders(), runnable -> {
            Thread thread = new Thread(runnable, "outbox-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(fixedDelayString = "${inkasso.outbox.poll-interval}", initialDelayString = "${inkasso.outbox.poll-interval}")
    void poll() {
        start();
    }

    /**
     * Starts working off the backlog on the sender threads, unless they still are: a wave can take longer than the
     * poll interval, and the scheduler's own thread stays free for the other schedules (holds, digests, limits).
     */
    CompletableFuture<Void> start() {
        if (!running.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(null);
        }
        List<CompletableFuture<Void>> drains = IntStream.range(0, properties.senders())
                .mapToObj(i -> CompletableFuture.runAsync(this::drain, senders)).toList();
        return CompletableFuture.allOf(drains.toArray(CompletableFuture[]::new)).whenComplete((done, failure) -> {
            running.set(false);
            if (failure != null) {
                log.warn("Outbox sending stopped until the next poll: {}", failure.getMessage());
            }
        });
    }

    /** Batches until one comes back short: then nothing more is due. */
    private void drain() {
        while (!stopping && !Thread.currentThread().isInterrupted() && sender.deliverDue() == properties.batchSize()) {
            // the next batch
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        senders.shutdown();
        // the letters in flight finish (and commit) before the connection pool closes
        senders.awaitTermination(15, TimeUnit.SECONDS);
    }
}
