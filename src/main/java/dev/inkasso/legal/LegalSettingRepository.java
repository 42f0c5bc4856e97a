package dev.inkasso.legal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LegalSettingRepository extends JpaRepository<LegalSetting, String> {
}
