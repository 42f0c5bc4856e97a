package dev.inkasso.agency;

import dev.inkasso.document.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter for agencies with an API (not active by default; no agency API can be reached from here).
 * Contract: {@code handOver} POSTs the case (case id, invoice number, debtor, balance, the case file PDF as
 * base64) to the agency's intake endpoint and must be idempotent on the placement id; {@code recall} DELETEs
 * the placement. The agency reports back through {@code POST /api/agencies/{id}/reports}. Until an agency's
 * endpoint is configured, this adapter only records what it would send.
 */
public class ApiAgencyGateway implements AgencyGateway {
    private static final Logger log = LoggerFactory.getLogger(ApiAgencyGateway.class);

    @Override
    public void handOver(Agency agency, AgencyPlacement placement, Document caseFile) {
        log.info("Would hand placement {} (case {}) to agency {} by API, case file document {}", placement.getId(),
                placement.getCaseId(), agency.getId(), caseFile.getId());
    }

    @Override
    public void recall(Agency agency, AgencyPlacement placement, String reason) {
        log.info("Would recall placement {} from agency {} by API: {}", placement.getId(), agency.getId(), reason);
    }
}
