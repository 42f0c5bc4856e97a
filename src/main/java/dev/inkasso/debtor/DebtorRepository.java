package dev.inkasso.debtor;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DebtorRepository extends JpaRepository<Debtor, Long> {
    Optional<Debtor> findByInn(String inn);

    java.util.List<Debtor> findByInnIn(java.util.Collection<String> inns);
}
