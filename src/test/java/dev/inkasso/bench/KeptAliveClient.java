package dev.inkasso.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One kept-alive HTTP client for a benchmark's API calls, as a browser or an integration keeps its connection. A new
 * {@code TestRestTemplate} per call builds a new JDK client (threads, selector, connection) each time: that was a
 * quarter of the JVM's samples while the payment benchmark ran, work no real client does per request.
 */
final class KeptAliveClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String root;
    private final String password;

    KeptAliveClient(String root, String password) {
        this.root = root;
        this.password = password;
    }

    /** A GET with HTTP Basic; anything but 2xx stops the run. */
    HttpResponse<String> get(String user, String path) {
        return send(user, path, HttpRequest.newBuilder(URI.create(root + path)).GET());
    }

    /** A POST of {@code body} as JSON with HTTP Basic; anything but 2xx stops the run. */
    HttpResponse<String> postJson(String user, String path, Object body) {
        try {
            return send(user, path, HttpRequest.newBuilder(URI.create(root + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private HttpResponse<String> send(String user, String path, HttpRequest.Builder request) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> answer = client.send(request.header("Authorization", "Basic " + credentials).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException(path + ": HTTP " + answer.statusCode() + " " + answer.body());
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
