package dev.inkasso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Camunda Form in bpmn/forms parses, has the id its BPMN refers to, and binds only variables the
 * processes provide (case facts, decisions) or read (outcomes): a renamed variable fails here, not in Tasklist.
 */
class FormBindingTest {
    private static final Path FORMS = Path.of("bpmn", "forms");
    private static final Set<String> PLACE_HOLD = Set.of("invoiceNumber", "holdReason", "holdUntil", "holdNote");
    private static final Set<String> PERSONAL_CALL = Set.of(dev.inkasso.negotiation.RecordPersonalCall.CALL_REACHED,
            dev.inkasso.negotiation.RecordPersonalCall.CALL_NOTE);

    private static Set<String> processVariables() throws IllegalAccessException {
        Set<String> names = new HashSet<>();
        for (Class<?> vocabulary : List.of(DebtCaseProcess.Vars.class, CourtProcess.Vars.class, EnforcementProcess.Vars.class,
                CreditCheckProcess.Vars.class, ReconciliationProcess.Vars.class)) {
            for (Field f : vocabulary.getFields()) {
                names.add((String) f.get(null));
            }
        }
        return names;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        if (node.has("key")) {
            keys.add(node.get("key").asText());
        }
        node.path("components").forEach(child -> keys.addAll(keys(child)));
        return keys;
    }

    @Test
    void everyFormBindsOnlyKnownVariables() throws Exception {
        Set<String> known = processVariables();
        known.addAll(dev.inkasso.casefile.ShowCaseFacts.KEYS);
        known.addAll(dev.inkasso.court.CourtFacts.KEYS);
        known.addAll(dev.inkasso.enforcement.EnforcementFacts.KEYS);
        known.addAll(PLACE_HOLD);
        known.addAll(PERSONAL_CALL);
        StringBuilder bpmn = new StringBuilder();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                bpmn.append(Files.readString(model));
            }
        }
        try (Stream<Path> files = Files.list(FORMS)) {
            List<Path> forms = files.filter(p -> p.toString().endsWith(".form")).toList();
            assertThat(forms).hasSizeGreaterThanOrEqualTo(5);
            for (Path form : forms) {
                JsonNode json = parse(form);
                String id = json.get("id").asText();
                assertThat(bpmn.toString()).as("a BPMN element uses form %s", id).contains("camunda:formRef=\"" + id + "\"");
                assertThat(keys(json)).as("fields of %s", id).isNotEmpty().allSatisfy(key -> assertThat(known).contains(key));
            }
        }
    }

    private static JsonNode parse(Path form) throws IOException {
        return new ObjectMapper().readTree(form.toFile());
    }
}
