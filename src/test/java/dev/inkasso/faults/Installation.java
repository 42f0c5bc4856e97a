package dev.inkasso.faults;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * An installation as operators run it: one real PostgreSQL, one SMTP server, and nodes that are the production jar
 * ({@code target/inkasso.jar}) in processes of their own, configured through the environment.
 */
final class Installation implements AutoCloseable {
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Fault-suite-1";

    private final Path dataDirectory;
    private final int postgresPort;
    private final int smtpPort;
    EmbeddedPostgres postgres;
    GreenMail smtp;
    /** Message-IDs received by SMTP servers stopped earlier in the test (an outage replaces the server). */
    private final List<String> receivedBefore = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Installation() throws Exception {
        // the SMTP server logs every mailbox it creates: it stands for the debtors' providers, not Inkasso
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.icegreen")).setLevel(ch.qos.logback.classic.Level.WARN);
        dataDirectory = Files.createTempDirectory("inkasso-faults-pg");
        postgresPort = TwoNodesIT.freePort();
        postgres = startPostgres();
        smtpPort = TwoNodesIT.freePort();
        smtpUp();
    }

    /** The same cluster (data directory, port) every time: a restart keeps the data, as a real server's does. */
    private EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder().setRegisterShutdownHook(false).setDataDirectory(dataDirectory.toFile())
                .setCleanDataDirectory(false).setPort(postgresPort).start();
    }

    DataSource database() {
        return postgres.getPostgresDatabase();
    }

    /** PostgreSQL stops (fast shutdown: sessions are cut, open transactions roll back) and starts again later. */
    void restartPostgres(Duration down) throws Exception {
        postgres.close();
        Thread.sleep(down.toMillis());
        postgres = startPostgres();
    }

    /** The SMTP server goes away: connections to its port are refused. */
    void smtpDown() {
        receivedBefore.addAll(messageIdsOf(smtp.getReceivedMessages()));
        smtp.stop();
    }

    /** An SMTP server listens on the installation's SMTP port again. */
    void smtpUp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /** Cases whose process instance does not exist. */
    long casesWithoutProcess() {
        return new org.springframework.jdbc.core.JdbcTemplate(database()).queryForObject("""
                select count(*) from inkasso.debt_case c where not exists (select 1 from public.act_ru_execution e
                  where e.proc_inst_id_ = c.process_instance_id)""", Long.class);
    }

    /** Process instances with neither a job, a task nor a message subscription: nothing would ever move them. */
    long processesNothingMoves() {
        return new org.springframework.jdbc.core.JdbcTemplate(database()).queryForObject("""
                select count(*) from public.act_ru_execution p where p.id_ = p.proc_inst_id_
                  and not exists (select 1 from public.act_ru_job j where j.process_instance_id_ = p.id_)
                  and not exists (select 1 from public.act_ru_task t where t.proc_inst_id_ = p.id_)
                  and not exists (select 1 from public.act_ru_event_subscr s where s.proc_inst_id_ = p.id_)""", Long.class);
    }

    /** The Message-ID of every letter received so far, across SMTP outages. */
    List<String> messageIds() {
        List<String> ids = new ArrayList<>(receivedBefore);
        ids.addAll(messageIdsOf(smtp.getReceivedMessages()));
        return ids;
    }

    private static List<String> messageIdsOf(jakarta.mail.internet.MimeMessage[] letters) {
        return java.util.Arrays.stream(letters).map(m -> {
            try {
                return m.getMessageID();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** A node of the production jar; {@code settings} are extra environment variables. */
    final class Node {
        final String name;
        final int port;
        final Path log;
        private final Map<String, String> settings;
        private Process process;

        Node(String name, int port, Map<String, String> settings) {
            this.name = name;
            this.port = port;
            this.settings = settings;
            this.log = Path.of("target", "faults", name + ".log");
        }

        Node start() throws Exception {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder("java", "-Xmx768m", "-jar", "target/inkasso.jar")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = builder.environment();
            env.putAll(Map.of("DB_URL", postgres.getJdbcUrl("postgres", "postgres"), "DB_USER", "postgres", "DB_PASSWORD", "postgres",
                    "SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(smtpPort), "MAIL_FROM", "inkasso@example.ru",
                    "INKASSO_ADMIN_USER", ADMIN, "INKASSO_ADMIN_PASSWORD", ADMIN_PASSWORD, "SERVER_PORT", String.valueOf(port)));
            env.putAll(Map.of("INKASSO_CREDITOR_NAME", "ООО «Кредитор»", "INKASSO_CREDITOR_INN", "7707083893",
                    "INKASSO_CREDITOR_PHONE", "+7 495 000-00-00", "INKASSO_CREDITOR_BANK_NAME", "Банк",
                    "INKASSO_CREDITOR_BIC", "044525225", "INKASSO_CREDITOR_ACCOUNT", "40702810938000000001",
                    "INKASSO_CREDITOR_CORRESPONDENT_ACCOUNT", "30101810400000000225"));
            env.putAll(Map.of("INKASSO_CONTACTPOLICY_ENFORCEHOURSANDCAPS", "false", "INKASSO_OUTBOX_POLLINTERVAL", "PT1S",
                    "INKASSO_TIMELINE_FRIENDLYREMINDERAFTERDUE", "PT1S", "INKASSO_TIMELINE_SECONDNOTICEAFTER", "P30D"));
            env.putAll(settings);
            process = builder.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " died at start, see " + log);
                }
                try {
                    // readiness, not liveness: Tomcat answers before the start-up runners have created the users
                    // and groups, and a request in between is refused (403). Asked without credentials, as an
                    // orchestrator's probe is: a probe that signed in while the administrator had no group yet was
                    // once remembered with none (CamundaIdentityAuthenticationProvider), and the first import refused
                    if (anonymous("/actuator/health/readiness").statusCode() == 200) {
                        return this;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException(name + " did not start in 2 minutes, see " + log);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> anonymous(String path) throws IOException, InterruptedException {
            return http.send(unsigned(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
            return http.send(request(path).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder unsigned(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofMinutes(5));
        }

        private HttpRequest.Builder request(String path) {
            return unsigned(path).header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes()));
        }

        /** kill -9: no shutdown hook, nothing flushed. */
        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor();
        }

        /** SIGTERM, as an orchestrator stops a node; returns how long it took. */
        Duration stop() throws InterruptedException {
            long started = System.nanoTime();
            process.destroy();
            process.waitFor();
            return Duration.ofNanos(System.nanoTime() - started);
        }

        String logText() throws IOException {
            return Files.readString(log);
        }
    }

    Node node(String name, int port) {
        return node(name, port, new HashMap<>());
    }

    Node node(String name, int port, Map<String, String> settings) {
        Node node = new Node(name, port, settings);
        nodes.add(node);
        return node;
    }

    @Override
    public void close() throws Exception {
        for (Node node : nodes) {
            if (node.process != null && node.process.isAlive()) {
                node.kill();
            }
        }
        smtp.stop();
        postgres.close();
        org.springframework.util.FileSystemUtils.deleteRecursively(dataDirectory);
    }
}
