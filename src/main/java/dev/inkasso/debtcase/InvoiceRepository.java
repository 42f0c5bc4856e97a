package dev.inkasso.debtcase;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {
    boolean existsByNumber(String number);

    List<Invoice> findByNumberIn(Collection<String> numbers);
}
