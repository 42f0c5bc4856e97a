package dev.inkasso.debtor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.ZoneId;

@Entity
public class Debtor {
    @Id
    // drawn fifty at a time (V13): a new row waits for the flush and goes out in a JDBC batch with the others
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "debtor_id")
    @SequenceGenerator(name = "debtor_id", sequenceName = "debtor_id_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DebtorType type;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true, length = 12)
    private String inn;

    @Column(length = 15)
    private String ogrn;

    private String email;
    private String phone;
    private String address;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Relationship relationship = Relationship.NEW;

    protected Debtor() {
    }

    public Debtor(DebtorType type, String name, String inn, String ogrn, String email, String phone,
                  String address, ZoneId timeZone, Instant createdAt) {
        this.type = type;
        this.name = name;
        this.inn = inn;
        this.ogrn = ogrn;
        this.email = email;
        this.phone = phone;
        this.address = address;
        this.timeZone = timeZone.getId();
        this.createdAt = createdAt;
    }

    public Debtor withRelationship(Relationship relationship) {
        this.relationship = relationship == null ? Relationship.NEW : relationship;
        return this;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public Long getId() {
        return id;
    }

    public DebtorType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getInn() {
        return inn;
    }

    public String getOgrn() {
        return ogrn;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** 152-ФЗ: the contact data goes; the name, ИНН and ОГРН stay with the accounting facts they identify. */
    public void eraseContactData() {
        this.email = null;
        this.phone = null;
        this.address = null;
    }
}
