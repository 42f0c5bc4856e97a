package dev.inkasso.debtcase;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {
    // JPQL rather than derived queries on the hot paths: Hibernate caches a JPQL query's translation, not a criteria
    // query's (bench/RESULTS.md)
    @Query("select count(i) > 0 from Invoice i where i.number = :number")
    boolean existsByNumber(String number);

    // Native, with one array parameter: Hibernate translates a JPQL or derived query with a list parameter again on each
    // call (its SQL depends on the list's length), which cost a small group of single posts as much as its inserts
    // (bench/RESULTS.md)
    @Query(value = "select number from inkasso.invoice where number = any(:numbers)", nativeQuery = true)
    List<String> numbersAmong(String[] numbers);

    /** The numbers among {@code numbers} on record already. */
    default List<String> numbersOnRecord(Collection<String> numbers) {
        return numbersAmong(numbers.toArray(String[]::new));
    }
}
