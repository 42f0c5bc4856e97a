package dev.inkasso.agency;

import dev.inkasso.document.Document;

/**
 * Hands a case to an agency. {@link MailAgencyGateway} (the default) mails the case file; an agency with an
 * API gets an adapter implementing this interface (see {@link ApiAgencyGateway} for the contract it must keep).
 */
public interface AgencyGateway {
    void handOver(Agency agency, AgencyPlacement placement, Document caseFile);

    void recall(Agency agency, AgencyPlacement placement, String reason);
}
