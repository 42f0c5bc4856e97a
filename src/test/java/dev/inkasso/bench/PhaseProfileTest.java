package dev.inkasso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's profile summary: a pool's threads count as one, the busiest first, as shares of all samples. */
class PhaseProfileTest {

    @Test
    void samplesAreSummedPerKindOfThreadBusiestFirst(@TempDir Path dir) throws Exception {
        Path folded = dir.resolve("wave.collapsed");
        Files.writeString(folded, """
                [camundaTaskExecutor-1 tid=101];Thread.run;ExecuteJobsCmd.execute 300
                [camundaTaskExecutor-2 tid=102];Thread.run;ExecuteJobsCmd.execute 200
                [outbox-sender tid=103];Thread.run;OutboxSender.deliverDue 250
                [C2 CompilerThre tid=104];thread_native_entry;C2Compiler::compile_method 150
                [GC Thread#0 tid=105];GCTaskThread::run 60
                [GC Thread#1 tid=106];GCTaskThread::run 40
                """);

        assertThat(PhaseProfile.byThread(folded)).isEqualTo(
                "JVM CPU 10.0 s, by thread: camundaTaskExecutor-N 50 %, outbox-sender 25 %, C2 CompilerThre 15 %, GC Thread#N 10 %");
    }
}
