package dev.inkasso.support;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every Spring test: the production application on real PostgreSQL (same Flyway and engine schema)
 * and a real SMTP server, one shared context for all tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// the Prometheus endpoint as in production (Spring's tests turn metric export off by default)
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
@Import(ProcessCoverageCollector.class)
@ContextConfiguration(initializers = TestInfrastructure.Lifecycle.class)
public abstract class IntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestInfrastructure::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestInfrastructure::smtpPort);
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }
}
