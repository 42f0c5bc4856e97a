package dev.inkasso.claim;

import dev.inkasso.interaction.InteractionLog;
import dev.inkasso.communication.LetterKind;
import dev.inkasso.communication.Letters;
import dev.inkasso.document.Document;
import dev.inkasso.document.DocumentType;
import dev.inkasso.document.Documents;
import dev.inkasso.workflow.TimelineProperties;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mandatory pre-trial claim (АПК РФ ст. 4 ч. 5): generated with the debt calculation, sent by mail and by
 * registered post, and watched for its period (inkasso.timeline.pre-trial-claim-period, 30 days by default);
 * the limitation period is suspended meanwhile.
 */
@Service
public class PreTrialClaims {
    private final PreTrialClaimRepository claims;
    private final Documents documents;
    private final Letters letters;
    private final InteractionLog interactions;
    private final TimelineProperties timeline;
    private final Clock clock;

    public PreTrialClaims(PreTrialClaimRepository claims, Documents documents, Letters letters, InteractionLog interactions,
                          TimelineProperties timeline, Clock clock) {
        this.claims = claims;
        this.documents = documents;
        this.letters = letters;
        this.interactions = interactions;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Generates the claim and its calculation, and queues the mail with the claim attached. */
    @Transactional
    public PreTrialClaim send(long caseId, String actor) {
        int periodDays = (int) Math.max(1, timeline.preTrialClaimPeriod().toDays());
        Map<String, Object> period = Map.of("periodDays", periodDays);
        Document claim = documents.generate(caseId, DocumentType.PRE_TRIAL_CLAIM, actor, period);
        documents.generate(caseId, DocumentType.DEBT_CALCULATION, actor, Map.of());
        PreTrialClaim saved = claims.save(new PreTrialClaim(caseId, claim.getId(), periodDays, clock.instant()));
        letters.queue(caseId, LetterKind.PRE_TRIAL_CLAIM, "claim-" + saved.getId(), period, claim.getId());
        return saved;
    }

    @Transactional
    public void recordPost(long claimId, String trackingNumber, String actor) {
        PreTrialClaim claim = claims.findById(claimId).orElseThrow();
        claim.posted(trackingNumber);
        interactions.record(claim.getCaseId(), dev.inkasso.interaction.ContactChannel.POST,
                dev.inkasso.interaction.Direction.OUTBOUND, "PRE_TRIAL_CLAIM", "POSTED", actor,
                "Претензия заказным письмом", "Почтовый идентификатор " + trackingNumber);
    }

    @Transactional
    public void answered(long caseId, String reply) {
        claims.findFirstByCaseIdOrderByIdDesc(caseId).ifPresent(c -> c.end(PreTrialClaim.Status.ANSWERED, reply, clock.instant()));
        interactions.record(caseId, dev.inkasso.interaction.ContactChannel.POST, dev.inkasso.interaction.Direction.INBOUND,
                "PRE_TRIAL_CLAIM", "ANSWERED", InteractionLog.SYSTEM_ACTOR, "Ответ на претензию", reply);
    }

    /** The claim period ran out unpaid: the case may go to court. */
    @Transactional
    public void expire(long claimId) {
        PreTrialClaim claim = claims.findById(claimId).orElseThrow();
        if (claim.getStatus() == PreTrialClaim.Status.SENT) {
            claim.end(PreTrialClaim.Status.EXPIRED, null, clock.instant());
        }
        interactions.system(claim.getCaseId(), "PRE_TRIAL_CLAIM", "PERIOD_ENDED", "Срок претензии истёк без оплаты.");
    }
}
