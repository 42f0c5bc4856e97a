package dev.inkasso.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inkasso.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** The webapps speak Russian: a complete Tasklist locale, Cockpit/Admin in part, Russian by default, our own banner. */
class WebappLocalesTest extends ApiTest {
    @Autowired
    ObjectMapper json;

    @Test
    void tasklistIsTranslatedCompletely() throws Exception {
        JsonNode english = vendor("tasklist");
        JsonNode ours = json.readTree(new ClassPathResource("webapp-locales/tasklist.ru.json").getInputStream());
        List<String> missing = new ArrayList<>();
        english.path("labels").fieldNames().forEachRemaining(key -> {
            if (!ours.path("labels").has(key)) {
                missing.add(key);
            }
        });
        assertThat(missing).as("Tasklist labels without a Russian text").isEmpty();
        assertThat(ours.path("dateLocales").path("months").get(0).asText()).isEqualTo("января");
    }

    @Test
    void everyAppServesARussianLocaleWithEveryLabel() throws Exception {
        for (String app : WebappLocales.APPS) {
            String body = http.getForEntity("/camunda/app/" + app + "/locales/ru.json", String.class).getBody();
            JsonNode served = json.readTree(body);
            vendor(app).path("labels").fieldNames().forEachRemaining(key ->
                    assertThat(served.path("labels").has(key)).as(app + " " + key).isTrue());
        }
        JsonNode cockpit = json.readTree(http.getForEntity("/camunda/app/cockpit/locales/ru.json", String.class).getBody());
        assertThat(cockpit.path("labels").path("COCKPIT_PROCESSES").asText()).isEqualTo("Процессы");
        // shared with Tasklist word for word, so translated there too
        assertThat(cockpit.path("labels").path("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Войти");
        assertThat(cockpit.path("labels").path("BANNER_CE_EOL_TEXT").asText()).contains("Inkasso").doesNotContain("migrate");
    }

    @Test
    void russianIsTheDefaultAndTheAppsCarryInkassosName() {
        for (String app : WebappLocales.APPS) {
            String config = http.getForEntity("/camunda/app/" + app + "/scripts/config.js", String.class).getBody();
            assertThat(config).as(app).contains("availableLocales: ['ru']").contains("vendor: 'Inkasso'");
            assertThat(http.getForEntity("/camunda/app/" + app + "/styles/user-styles.css", String.class).getBody())
                    .as(app).contains("@import url(\"/inkasso-assets/webapps.css\")");
        }
        assertThat(http.getForEntity("/inkasso-assets/webapps.css", String.class).getBody()).contains(".ce-eol-banner");
        assertThat(http.getForEntity("/camunda/app/nothing/locales/ru.json", String.class).getStatusCode().value()).isEqualTo(404);
    }

    private JsonNode vendor(String app) throws Exception {
        byte[] bytes = new ClassPathResource("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json")
                .getInputStream().readAllBytes();
        int skip = (bytes[0] & 0xFF) == 0xEF ? 3 : 0;
        return json.readTree(new String(bytes, skip, bytes.length - skip, java.nio.charset.StandardCharsets.UTF_8));
    }
}
