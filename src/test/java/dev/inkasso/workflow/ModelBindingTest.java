package dev.inkasso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.debtcase.CaseStage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The models' references hold before anything is deployed: a called process is bound to a version tag that
 * process carries, and every stage a model sets exists — a typo would otherwise surface only when a case
 * reaches that step.
 */
class ModelBindingTest {
    private static final Pattern PROCESS = Pattern.compile("<bpmn:process id=\"([\\w-]+)\" camunda:versionTag=\"([^\"]+)\"");
    private static final Pattern CALL = Pattern.compile("calledElement=\"([\\w-]+)\" camunda:calledElementBinding=\"versionTag\" "
            + "camunda:calledElementVersionTag=\"([^\"]+)\"");
    private static final Pattern STAGE = Pattern.compile("caseStage\\.enter\\(execution, '(\\w+)'\\)");

    private static List<String> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void everyProcessHasAVersionTagAndEveryCallNamesOne() throws IOException {
        Map<String, String> tags = new HashMap<>();
        for (String xml : models()) {
            Matcher m = PROCESS.matcher(xml);
            assertThat(m.find()).as("a process with a versionTag").isTrue();
            tags.put(m.group(1), m.group(2));
        }
        int calls = 0;
        for (String xml : models()) {
            assertThat(xml).doesNotContain("calledElementBinding=\"latest\"").doesNotContain("formRefBinding=\"latest\"");
            for (Matcher m = CALL.matcher(xml); m.find(); calls++) {
                assertThat(tags.get(m.group(1))).as("version tag of %s", m.group(1)).isEqualTo(m.group(2));
            }
        }
        assertThat(calls).isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyStageAModelSetsExists() throws IOException {
        int stages = 0;
        for (String xml : models()) {
            for (Matcher m = STAGE.matcher(xml); m.find(); stages++) {
                assertThat(CaseStage.valueOf(m.group(1))).isNotNull();
            }
        }
        assertThat(stages).isGreaterThanOrEqualTo(8);
    }
}
