package dev.inkasso.webapps;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Russian locale of the Camunda webapps ({@code ru}, the default in each app's {@code scripts/config.js}).
 * Each app's file is the vendor's English file with our translations laid over it: the Tasklist translation is
 * complete ({@code webapp-locales/tasklist.ru.json}); Cockpit, Admin and the welcome page get their own common parts
 * plus every text they share word for word with Tasklist, and keep English for the rest, so no label ever shows as
 * a bare key.
 */
@RestController
class WebappLocales {
    static final Set<String> APPS = Set.of("tasklist", "cockpit", "admin", "welcome");
    private static final String VENDOR = "META-INF/resources/webjars/camunda/app/%s/locales/en.json";
    private static final String OURS = "webapp-locales/%s.ru.json";
    private final ObjectMapper json;
    private final Map<String, byte[]> merged = new ConcurrentHashMap<>();

    WebappLocales(ObjectMapper json) {
        this.json = json;
    }

    @GetMapping("/camunda/app/{app}/locales/ru.json")
    ResponseEntity<byte[]> russian(@PathVariable String app) {
        if (!APPS.contains(app)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noCache())
                .body(merged.computeIfAbsent(app, this::merge));
    }

    /** The app's locale: vendor English, then shared Tasklist translations, then the app's own. */
    ObjectNode locale(String app) {
        ObjectNode vendor = read(String.format(VENDOR, app));
        ObjectNode tasklistEnglish = read(String.format(VENDOR, "tasklist"));
        ObjectNode tasklistRussian = read(String.format(OURS, "tasklist"));
        ObjectNode own = read(String.format(OURS, app));
        ObjectNode labels = (ObjectNode) vendor.get("labels");
        for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = labels.fields(); it.hasNext(); ) {
            Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> label = it.next();
            com.fasterxml.jackson.databind.JsonNode english = tasklistEnglish.path("labels").get(label.getKey());
            com.fasterxml.jackson.databind.JsonNode russian = tasklistRussian.path("labels").get(label.getKey());
            if (english != null && russian != null && english.equals(label.getValue())) {
                label.setValue(russian);
            }
        }
        labels.setAll((ObjectNode) own.get("labels"));
        if (own.has("dateLocales")) {
            vendor.set("dateLocales", own.get("dateLocales"));
        }
        return vendor;
    }

    private byte[] merge(String app) {
        try {
            return json.writeValueAsBytes(locale(app));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            // the vendor's files start with a byte-order mark
            byte[] bytes = in.readAllBytes();
            int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            return (ObjectNode) json.readTree(new String(bytes, skip, bytes.length - skip, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
