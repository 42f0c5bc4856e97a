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

    List<Invoice> findByNumberIn(Collection<String> numbers);
}
