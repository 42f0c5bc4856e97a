package dev.inkasso.communication;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code inkasso.mail.*}: the sender address (MAIL_FROM) and an optional directory of template overrides. */
@Validated
@ConfigurationProperties("inkasso.mail")
public record MailProperties(@NotBlank String from, String templateDir) {
}
