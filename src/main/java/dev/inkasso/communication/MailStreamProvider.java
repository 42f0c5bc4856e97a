package dev.inkasso.communication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Names Jakarta Mail's stream provider before anything touches mail. Jakarta Mail 2.1 otherwise looks it up through
 * the ServiceLoader for every MIME part it creates, a scan of every jar on the class path (jakartaee/mail-api#699,
 * #861): a third of a letter's sending time. Named by its system property, the lookup is one {@code Class.forName}.
 * Runs at application start (registered in {@code META-INF/spring.factories}), so it holds for the application and
 * every test context alike; a value set by the operator ({@code -Djakarta.mail.util.StreamProvider=...}) is kept.
 */
public class MailStreamProvider implements EnvironmentPostProcessor {
    static final String PROPERTY = "jakarta.mail.util.StreamProvider";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, org.eclipse.angus.mail.util.MailStreamProvider.class.getName());
        }
    }
}
