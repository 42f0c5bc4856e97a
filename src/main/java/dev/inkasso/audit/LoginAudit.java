package dev.inkasso.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Logins into the webapps (Cockpit, Tasklist, Admin log in through their own form) and every refused login (the API's
 * HTTP Basic included). A successful API call is not a login: it authenticates each request and would drown the trail.
 */
@Component
class LoginAudit extends OncePerRequestFilter {
    private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/default/login/";
    private static final Pattern USER_ID = Pattern.compile("\"userId\"\\s*:\\s*\"([^\"]+)\"");

    private final AuditLog audit;

    LoginAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getRequestURI().startsWith(WEBAPP_LOGIN));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the form body belongs to the login resource: the user is read from its answer ({"userId": …}), not the request
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        String app = request.getRequestURI().substring(WEBAPP_LOGIN.length());
        Matcher user = USER_ID.matcher(new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8));
        answer.copyBodyToResponse();
        audit.record(user.find() ? user.group(1) : "unknown", answer.getStatus() < 300 ? "LOGIN" : "LOGIN_FAILED", app, null);
    }

    /** A login on Inkasso's own login page (Basic calls of the API are not logins; they are audited as requests). */
    @EventListener
    void signedIn(org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent success) {
        audit.record(success.getAuthentication().getName(), "LOGIN", "inkasso", null);
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent failure) {
        audit.record(String.valueOf(failure.getAuthentication().getName()), "LOGIN_FAILED", "api",
                failure.getException().getClass().getSimpleName());
    }
}
