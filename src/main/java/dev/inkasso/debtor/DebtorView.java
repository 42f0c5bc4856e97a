package dev.inkasso.debtor;

public record DebtorView(Long id, DebtorType type, String name, String inn, String ogrn, String email,
                         String phone, String address, String timeZone, Relationship relationship) {
    public static DebtorView of(Debtor d) {
        return new DebtorView(d.getId(), d.getType(), d.getName(), d.getInn(), d.getOgrn(), d.getEmail(),
                d.getPhone(), d.getAddress(), d.getTimeZone().getId(), d.getRelationship());
    }
}
