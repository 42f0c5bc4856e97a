package dev.inkasso.credit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Writes lines into the registers' exports the test profile reads (target/test-counterparty-data). */
final class CounterpartyExports {
    static final Path FOLDER = Path.of("target", "test-counterparty-data");
    private static final AtomicLong TICK = new AtomicLong(Instant.now().toEpochMilli());

    private CounterpartyExports() {
    }

    static void registry(String inn, String status) {
        append(FileCounterpartyCheckGateway.REGISTRY, "inn;status;checked_on", inn + ";" + status + ";2026-11-30");
    }

    static void bankruptcy(String inn) {
        append(FileCounterpartyCheckGateway.BANKRUPTCY, "inn;published_on;message", inn + ";2026-11-20;Намерение обратиться в суд");
    }

    static void enforcement(String inn, String amount) {
        append(FileCounterpartyCheckGateway.ENFORCEMENT, "inn;proceedings_number;opened_on;amount",
                inn + ";" + TICK.get() + "/26/77001-ИП;2026-10-01;" + amount);
    }

    private static void append(String file, String header, String line) {
        try {
            Files.createDirectories(FOLDER);
            Path path = FOLDER.resolve(file);
            if (!Files.exists(path)) {
                Files.writeString(path, header + "\n", StandardCharsets.UTF_8);
            }
            Files.writeString(path, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            // a new modification time for every write, so the adapter reads the file again however fast tests write
            Files.setLastModifiedTime(path, FileTime.fromMillis(TICK.addAndGet(1000)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
