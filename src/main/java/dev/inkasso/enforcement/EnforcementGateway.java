package dev.inkasso.enforcement;

import dev.inkasso.document.Document;

/**
 * Where an enforcement application goes: the bailiffs' department (through Госуслуги / the ФССП portal) or the
 * debtor's bank (229-ФЗ ст. 8). Neither offers Inkasso an API; the one adapter today,
 * {@link RecordingEnforcementGateway}, records the submission on the case with the application PDF for the
 * lawyer to send. A portal or bank integration implements this interface and is made the bean.
 */
public interface EnforcementGateway {
    /** Returns a reference of the submission a lawyer can see on the case. */
    String submit(long caseId, EnforcementCase.Channel channel, Document application);
}
