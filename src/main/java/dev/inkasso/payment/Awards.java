package dev.inkasso.payment;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** The court's awards, as the balance sees them; the court stage provides them (payment does not depend on it). */
public interface Awards {
    Optional<Award> of(long caseId);

    /** Which of these cases have an award, with one query. */
    Set<Long> awarded(Collection<Long> caseIds);
}
