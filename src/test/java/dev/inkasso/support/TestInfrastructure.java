package dev.inkasso.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real PostgreSQL server and one real SMTP server (GreenMail) for the whole test run, started on first
 * use. They stop with the Spring context that uses them, after it (see {@link Lifecycle}): Spring closes the
 * engine and the connection pool first, then the servers, so the test JVM ends at once instead of waiting
 * for a pool that lost its database.
 */
public final class TestInfrastructure {
    private static EmbeddedPostgres postgres;
    private static GreenMail mail;

    private TestInfrastructure() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
                if (Boolean.getBoolean("bench.statements")) {
                    // a benchmark's question "where does the database spend its time" (bench/run --statements)
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
                }
                postgres = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    public static synchronized GreenMail mail() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }
        return mail;
    }

    public static String jdbcUrl() {
        return postgres().getJdbcUrl("postgres", "postgres");
    }

    public static int smtpPort() {
        return mail().getSmtp().getPort();
    }

    static synchronized void stop() throws IOException {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /**
     * Registers the servers as the context's first disposable bean, so that they are destroyed last, after the
     * engine and the DataSource that depend on them.
     */
    public static final class Lifecycle implements ApplicationContextInitializer<ConfigurableApplicationContext>, DisposableBean {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
            Lifecycle servers = new Lifecycle();
            beans.registerSingleton("testInfrastructure", servers);
            beans.registerDisposableBean("testInfrastructure", servers);
        }

        @Override
        public void destroy() throws IOException {
            stop();
        }
    }
}
