package dev.inkasso.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The creditor's own details, printed in every letter and filing ({@code inkasso.creditor.*}). */
@Validated
@ConfigurationProperties("inkasso.creditor")
public record CreditorProperties(
        @NotBlank String name,
        @NotBlank String inn,
        @NotBlank String phone,
        @NotNull ZoneId timeZone,
        @NotBlank String bankName,
        @NotBlank String bic,
        @NotBlank String account,
        @NotBlank String correspondentAccount,
        /** ОГРН and legal address, printed in court filings; optional for letters */
        String ogrn,
        String address) {

    /** Today as the creditor's calendar says: every business date (due, overdue, promises) is in this zone. */
    public java.time.LocalDate today(java.time.Clock clock) {
        return java.time.LocalDate.ofInstant(clock.instant(), timeZone);
    }
}
