package dev.inkasso.casefile;

import dev.inkasso.debtcase.AgingBucket;
import dev.inkasso.debtcase.CaseStage;
import dev.inkasso.debtcase.CaseStatus;
import dev.inkasso.web.InvalidInputException;

/** The case-list query parameters, bound once for the API, the search page and the exports. */
public record CaseFilterParams(String invoice, String debtor, String debtorInn, Long debtorId, CaseStage stage,
                               CaseStatus status, String officer, String bucket, String strategy, Long agencyId,
                               Boolean nearLimitation, CaseStage reached) {

    public CaseFilter filter() {
        AgingBucket aging = null;
        if (bucket != null && !bucket.isBlank()) {
            aging = AgingBucket.ofCode(bucket).orElseThrow(() -> InvalidInputException.of("bucket",
                    "must be one of not-due, 1-30, 31-60, 61-90, 91-180, 180+"));
        }
        return new CaseFilter(invoice, debtor, debtorInn, debtorId, stage, status, officer, aging, strategy, agencyId,
                Boolean.TRUE.equals(nearLimitation), reached);
    }

    public static void checkPage(int page, int size, int maxSize) {
        if (page < 0) {
            throw InvalidInputException.of("page", "must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            throw InvalidInputException.of("size", "must be from 1 to " + maxSize);
        }
    }
}
