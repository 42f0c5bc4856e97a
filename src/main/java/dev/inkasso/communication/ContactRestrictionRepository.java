package dev.inkasso.communication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRestrictionRepository extends JpaRepository<ContactRestriction, Long> {
    List<ContactRestriction> findByDebtorIdOrderByValidFromAsc(Long debtorId);
}
