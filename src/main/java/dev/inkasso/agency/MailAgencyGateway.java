package dev.inkasso.agency;

import dev.inkasso.communication.Letters;
import dev.inkasso.document.Document;
import org.springframework.stereotype.Component;

/** Mails the case file (PDF) to the agency through the outbox, in the same transaction as the placement. */
@Component
class MailAgencyGateway implements AgencyGateway {
    private final Letters letters;

    MailAgencyGateway(Letters letters) {
        this.letters = letters;
    }

    @Override
    public void handOver(Agency agency, AgencyPlacement placement, Document caseFile) {
        letters.queueToPartner(placement.getCaseId(), "agency-placement-" + placement.getId(), agency.getEmail(),
                "Передача дела № " + placement.getCaseId() + " на взыскание",
                "Передаём дело на взыскание до " + placement.getSlaUntil() + ". Досье во вложении. "
                        + "Отчёты о платежах и результатах контактов направляйте через API: POST /api/agencies/"
                        + agency.getId() + "/reports.", caseFile.getId());
    }

    @Override
    public void recall(Agency agency, AgencyPlacement placement, String reason) {
        letters.queueToPartner(placement.getCaseId(), "agency-recall-" + placement.getId(), agency.getEmail(),
                "Отзыв дела № " + placement.getCaseId(), "Отзываем дело с взыскания: " + reason
                        + ". Прекратите взаимодействие с должником.", null);
    }
}
