package dev.inkasso.debtor;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DebtorRepository extends JpaRepository<Debtor, Long> {
    // JPQL rather than derived queries on the hot paths: Hibernate caches a JPQL query's translation, not a criteria
    // query's (bench/RESULTS.md)
    @Query("select d from Debtor d where d.inn = :inn")
    Optional<Debtor> findByInn(String inn);

    java.util.List<Debtor> findByInnIn(java.util.Collection<String> inns);
}
