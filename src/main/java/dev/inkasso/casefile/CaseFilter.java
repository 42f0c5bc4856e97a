package dev.inkasso.casefile;

import dev.inkasso.debtcase.AgingBucket;
import dev.inkasso.debtcase.CaseStage;
import dev.inkasso.debtcase.CaseStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a case list is filtered by: the search form's fields and every dashboard figure's link. Null means "any".
 * {@code debtor} matches the start of the debtor's name (any case) or its ИНН exactly; {@code officer} is the last
 * person who completed a task of the case; {@code nearLimitation} keeps the open cases whose limitation period ends
 * within the warning window; {@code reached} keeps the cases that ever entered that stage (the funnel's lists).
 */
public record CaseFilter(String invoice, String debtor, String debtorInn, Long debtorId, CaseStage stage,
                         CaseStatus status, String officer, AgingBucket bucket, String strategy, Long agencyId,
                         boolean nearLimitation, CaseStage reached) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, null, null, null, null, null, false, null);
    }

    /** This filter narrowed to the open cases whose limitation period ends soon. */
    public CaseFilter expiringLimitation() {
        return new CaseFilter(invoice, debtor, debtorInn, debtorId, stage, status, officer, bucket, strategy, agencyId, true, reached);
    }

    /** The filter as query parameters, for links, paging and exports of the same list. */
    public Map<String, String> asQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        put(q, "invoice", invoice);
        put(q, "debtor", debtor);
        put(q, "debtorInn", debtorInn);
        put(q, "debtorId", debtorId);
        put(q, "stage", stage == null ? null : stage.name());
        put(q, "status", status == null ? null : status.name());
        put(q, "officer", officer);
        put(q, "bucket", bucket == null ? null : bucket.code());
        put(q, "strategy", strategy);
        put(q, "agencyId", agencyId);
        put(q, "reached", reached == null ? null : reached.name());
        if (nearLimitation) {
            q.put("nearLimitation", "true");
        }
        return q;
    }

    private static void put(Map<String, String> q, String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            q.put(key, value.toString());
        }
    }
}
