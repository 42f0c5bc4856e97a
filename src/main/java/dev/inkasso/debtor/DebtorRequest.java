package dev.inkasso.debtor;

/** A debtor as submitted: checked by {@link DebtorService#validate}, which names every bad field. */
public record DebtorRequest(String type, String name, String inn, String ogrn, String email, String phone,
                            String address, String timeZone) {
}
