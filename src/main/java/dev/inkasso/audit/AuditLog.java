package dev.inkasso.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail: who (the authenticated user, else the one named, else {@code system}), when, what, about what and
 * from where (the client's address when a request caused it). It joins the transaction of the action it records, so
 * an action that rolls back leaves no audit event, and an audited action never happens unrecorded.
 */
@Service
public class AuditLog {
    public static final String SYSTEM = "system";

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String subject, String detail) {
        record(null, action, subject, detail);
    }

    /** As {@link #record(String, String, String)}, naming the actor where the caller knows it better (a task's assignee). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String subject, String detail) {
        events.save(new AuditEvent(clock.instant(), actor != null ? actor : currentUser(), action, subject, detail, remoteAddress()));
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getName() != null
                && !"anonymousUser".equals(authentication.getName()) ? authentication.getName() : SYSTEM;
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
