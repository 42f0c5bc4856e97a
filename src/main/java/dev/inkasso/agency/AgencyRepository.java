package dev.inkasso.agency;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyRepository extends JpaRepository<Agency, Long> {
    List<Agency> findAllByOrderByCommissionPercentAscIdAsc();

    boolean existsByName(String name);

    boolean existsByReporter(String reporter);
}
