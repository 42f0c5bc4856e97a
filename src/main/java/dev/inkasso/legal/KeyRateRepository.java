package dev.inkasso.legal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KeyRateRepository extends JpaRepository<KeyRate, LocalDate> {
    List<KeyRate> findAllByOrderByEffectiveFromAsc();
}
