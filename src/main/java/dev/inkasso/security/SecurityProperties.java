package dev.inkasso.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code inkasso.security.*}: the first administrator (INKASSO_ADMIN_USER / INKASSO_ADMIN_PASSWORD),
 * created at start if it does not exist yet. Leave both empty to manage users only in Camunda Admin.
 */
@ConfigurationProperties("inkasso.security")
public record SecurityProperties(String adminUser, String adminPassword) {
    boolean hasAdmin() {
        return adminUser != null && !adminUser.isBlank() && adminPassword != null && !adminPassword.isBlank();
    }
}
