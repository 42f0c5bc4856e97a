package dev.inkasso.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import one.profiler.AsyncProfiler;

/**
 * Where a benchmark phase's CPU goes: with {@code -Dbench.profile=DIR}, async-profiler samples the JVM's CPU every
 * {@value #INTERVAL_MS} ms of it while the phase runs (engine, Hibernate, JDBC and the kernel's part of each call
 * alike, where JFR sees only threads running Java and, with deep stacks, cost the wave half its speed; sampling every
 * millisecond cost the single POSTs a third more CPU, every 10 ms too little to tell from the runs' noise) and writes
 * {@code DIR/<phase>.html}, a flame graph with a tower per thread, and {@code DIR/<phase>.collapsed}, the folded stacks
 * for a script. It also prints the JVM's CPU in the phase by thread: the JIT compiler's share tells whether the
 * phase ran warm. PostgreSQL's processes are not sampled (the statements' rows, {@code -Dbench.statements=true}, show
 * them). Without the property nothing is loaded and every phase runs as before.
 */
record PhaseProfile(AsyncProfiler profiler, String phase) implements AutoCloseable {
    private static final String DIR = System.getProperty("bench.profile");
    static final int INTERVAL_MS = 10;
    private static final PhaseProfile NONE = new PhaseProfile(null, null);

    /** Profiles {@code phase} (a file name) until closed; a no-op when {@code phase} is null or profiling is off. */
    static PhaseProfile of(String phase) {
        if (DIR == null || phase == null) {
            return NONE;
        }
        try {
            AsyncProfiler profiler = AsyncProfiler.getInstance();
            // cpu: perf events where the kernel allows them, else async-profiler falls back to a CPU timer itself
            profiler.execute("start,event=cpu,interval=" + INTERVAL_MS + "ms,threads");
            return new PhaseProfile(profiler, phase);
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            System.out.println("BENCH profile: " + phase + " not profiled: " + e.getMessage());
            return NONE;
        }
    }

    @Override
    public void close() {
        if (profiler == null) {
            return;
        }
        try {
            profiler.execute("stop");
            Path dir = Files.createDirectories(Path.of(DIR));
            Path folded = dir.resolve(phase + ".collapsed");
            profiler.execute("dump,collapsed,file=" + folded);
            profiler.execute("dump,flamegraph,title=" + phase + ",file=" + dir.resolve(phase + ".html"));
            System.out.println("BENCH profile: " + phase + ": " + byThread(folded) + " (" + dir.resolve(phase + ".html") + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The samples' total as CPU seconds and the six busiest kinds of thread (a pool's threads count as one). */
    static String byThread(Path folded) throws IOException {
        Map<String, Long> samples;
        try (Stream<String> lines = Files.lines(folded)) {
            samples = lines.filter(line -> line.startsWith("["))
                    .collect(Collectors.groupingBy(PhaseProfile::threadKind,
                            Collectors.summingLong(line -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1)))));
        }
        long total = samples.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> busiest = new LinkedHashMap<>();
        samples.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(6)
                .forEach(e -> busiest.put(e.getKey(), e.getValue()));
        return String.format(Locale.ROOT, "JVM CPU %.1f s, by thread: ", total * INTERVAL_MS / 1000.0) + busiest.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.0f %%", e.getKey(), 100.0 * e.getValue() / Math.max(1, total)))
                .collect(Collectors.joining(", "));
    }

    /** {@code [http-nio-auto-1-exec-7 tid=812];…} → {@code http-nio-auto-N-exec-N}: one entry per pool. */
    private static String threadKind(String line) {
        String thread = line.substring(1, line.indexOf(']'));
        int tid = thread.lastIndexOf(" tid=");
        return (tid < 0 ? thread : thread.substring(0, tid)).replaceAll("([-#])\\d+", "$1N").trim();
    }
}
