package dev.inkasso.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.inkasso.InkassoApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The one-command demo ({@code ./mvnw spring-boot:test-run}): a real PostgreSQL server (data kept in
 * {@code ./data/postgres}) and a real SMTP server (GreenMail) start inside this JVM, then Inkasso itself
 * with the demo profile: demo users, demo cases and a timeline compressed to minutes. Ctrl-C stops all of it.
 */
public final class InkassoDemo {
    static final int POSTGRES_PORT = 15432;
    static final int SMTP_PORT = 3025;

    private InkassoDemo() {
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of("data", "postgres").toAbsolutePath();
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false) // stopped by the application context, after it (below)
                .setPort(Integer.getInteger("inkasso.demo.postgres-port", POSTGRES_PORT))
                .start();
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("inkasso.demo.smtp-port", SMTP_PORT),
                "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // System properties outrank application.yml, whose defaults point at a production database.
        System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        System.setProperty("spring.datasource.username", "postgres");
        System.setProperty("spring.datasource.password", "postgres");
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", String.valueOf(smtp.getSmtp().getPort()));
        // The servers stop with the application, after it (Ctrl-C closes the context: job executor, pool, then
        // these), so the demo ends within seconds instead of hanging on a pool whose database went away first.
        DisposableBean servers = () -> {
            smtp.stop();
            postgres.close();
        };
        new SpringApplicationBuilder(InkassoApplication.class).profiles("demo")
                .initializers(context -> {
                    DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
                    beans.registerSingleton("demoServers", servers);
                    beans.registerDisposableBean("demoServers", servers);
                })
                .run(args);
    }
}
