package dev.inkasso.legal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "legal_setting")
public class LegalSetting {
    public static final String KEY_RATES_KNOWN_UNTIL = "key-rates-known-until";

    @Id
    private String name;

    @Column(nullable = false)
    private String value;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LegalSetting() {
    }

    public LegalSetting(String name, String value, String updatedBy, Instant updatedAt) {
        this.name = name;
        update(value, updatedBy, updatedAt);
    }

    public void update(String value, String updatedBy, Instant updatedAt) {
        this.value = value;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public String getValue() {
        return value;
    }
}
