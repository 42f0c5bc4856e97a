package dev.inkasso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A process and the forms it shows are deployed together; a deployment whose content changed under an unchanged
 * {@code versionTag} gives two definitions with one tag, and every call activity bound to that tag then fails on an
 * installation that has the older one. {@code bpmn/versions.txt} records each process's tag and the SHA-256 of its
 * model and forms: changing either needs a new tag there and in the model (and its callers).
 */
class VersionTagManifestTest {
    private static final Pattern PROCESS = Pattern.compile("<bpmn:process id=\"([\\w-]+)\" camunda:versionTag=\"([^\"]+)\"");
    private static final Pattern FORM = Pattern.compile("camunda:formRef=\"([\\w-]+)\"");

    @Test
    void aChangedProcessOrFormCarriesANewVersionTag() throws Exception {
        Map<String, String> recorded = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("bpmn", "versions.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split("\\s+");
                recorded.put(parts[0], parts[1] + " " + parts[2]);
            }
        }
        Map<String, String> actual = current();
        List<String> wrong = new ArrayList<>();
        actual.forEach((process, tagAndHash) -> {
            String was = recorded.get(process);
            if (!tagAndHash.equals(was)) {
                wrong.add(process + " " + tagAndHash + " (recorded: " + was + ")");
            }
        });
        assertThat(wrong).as("processes whose model or forms changed: give each a new versionTag (model, callers) and "
                + "write the line here into bpmn/versions.txt").isEmpty();
        assertThat(recorded.keySet()).isEqualTo(actual.keySet());
    }

    /** {@code process → "tag sha256"} of the model with the forms it references, in name order. */
    static Map<String, String> current() throws IOException, NoSuchAlgorithmException {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path model : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                String xml = Files.readString(model);
                Matcher process = PROCESS.matcher(xml);
                if (!process.find()) {
                    continue;
                }
                StringBuilder content = new StringBuilder(xml);
                TreeSet<String> forms = new TreeSet<>();
                for (Matcher form = FORM.matcher(xml); form.find(); ) {
                    forms.add(form.group(1));
                }
                for (String form : forms) {
                    content.append('\n').append(Files.readString(Path.of("bpmn", "forms", form + ".form")));
                }
                result.put(process.group(1), process.group(2) + " " + sha256(content.toString()));
            }
        }
        return result;
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
