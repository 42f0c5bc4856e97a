package dev.inkasso.debtor;

/**
 * A debtor as submitted: checked by {@link DebtorService#validate}, which names every bad field.
 * {@code relationship} is LONG_TERM_PARTNER, ONE_OFF or NEW (the default).
 */
public record DebtorRequest(String type, String name, String inn, String ogrn, String email, String phone,
                            String address, String timeZone, String relationship) {
    public DebtorRequest(String type, String name, String inn, String ogrn, String email, String phone, String address,
                         String timeZone) {
        this(type, name, inn, ogrn, email, phone, address, timeZone, null);
    }
}
