package dev.inkasso.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code inkasso.monitoring.*}: the technical user Prometheus scrapes {@code /actuator/prometheus} with
 * (INKASSO_MONITORING_USER / INKASSO_MONITORING_PASSWORD), created in group {@code monitoring} at start if both are
 * set. It may read the metrics and nothing else.
 */
@ConfigurationProperties("inkasso.monitoring")
public record MonitoringProperties(String user, String password) {
    boolean isSet() {
        return user != null && !user.isBlank() && password != null && !password.isBlank();
    }
}
