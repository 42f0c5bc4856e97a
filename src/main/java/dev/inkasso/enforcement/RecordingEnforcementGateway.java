package dev.inkasso.enforcement;

import dev.inkasso.document.Document;
import dev.inkasso.interaction.ContactChannel;
import dev.inkasso.interaction.Direction;
import dev.inkasso.interaction.InteractionLog;
import org.springframework.stereotype.Component;

/** Records the submission; the application is at {@code /api/cases/{id}/documents/{docId}} for the lawyer to send. */
@Component
class RecordingEnforcementGateway implements EnforcementGateway {
    private final InteractionLog interactions;

    RecordingEnforcementGateway(InteractionLog interactions) {
        this.interactions = interactions;
    }

    @Override
    public String submit(long caseId, EnforcementCase.Channel channel, Document application) {
        String reference = "/api/cases/" + caseId + "/documents/" + application.getId();
        interactions.record(caseId, ContactChannel.POST, Direction.OUTBOUND, "ENFORCEMENT", "SUBMITTED", InteractionLog.SYSTEM_ACTOR,
                channel == EnforcementCase.Channel.FSSP ? "Направлено в ФССП" : "Направлено в банк должника",
                application.getType().name() + " версия " + application.getVersion() + ", SHA-256 " + application.getSha256());
        return reference;
    }
}
