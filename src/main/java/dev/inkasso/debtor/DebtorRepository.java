package dev.inkasso.debtor;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DebtorRepository extends JpaRepository<Debtor, Long> {
    // JPQL rather than derived queries on the hot paths: Hibernate caches a JPQL query's translation, not a criteria
    // query's (bench/RESULTS.md)
    @Query("select d from Debtor d where d.inn = :inn")
    Optional<Debtor> findByInn(String inn);

    // Native, with one array parameter: Hibernate translates a JPQL or derived query with a list parameter again on each
    // call (its SQL depends on the list's length), which cost a small group of single posts as much as its inserts
    // (bench/RESULTS.md)
    @Query(value = "select * from inkasso.debtor where inn = any(:inns)", nativeQuery = true)
    java.util.List<Debtor> findByInnAmong(String[] inns);

    default java.util.List<Debtor> findByInnIn(java.util.Collection<String> inns) {
        return findByInnAmong(inns.toArray(String[]::new));
    }

    /**
     * Locks the debtor's row until the transaction ends, without blocking the inserts that refer to it (an invoice's
     * foreign key takes a key-share lock): contacts with one debtor are decided one at a time.
     */
    @Query(value = "select id from inkasso.debtor where id = :id for no key update", nativeQuery = true)
    Long lockForContact(long id);
}
