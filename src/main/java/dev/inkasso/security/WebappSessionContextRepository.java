package dev.inkasso.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * One login for Inkasso's pages and the Camunda webapps: the login lives in the HTTP session as the webapps keep it
 * (their {@link Authentications}). Whoever signed in to Tasklist or Cockpit is signed in to {@code /cases} and
 * {@code /dashboard}, and whoever signed in on Inkasso's login page is signed in to the webapps. Logging out of
 * either ends both, because there is only the one record.
 */
final class WebappSessionContextRepository implements SecurityContextRepository {
    private final ProcessEngine engine;

    WebappSessionContextRepository(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        UserAuthentication user = webappUser(request.getSession(false));
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                if (user != null) {
                    List<SimpleGrantedAuthority> authorities = user.getGroupIds().stream()
                            .map(g -> new SimpleGrantedAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + g)).toList();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getName(), null, authorities));
                }
                return context;
            }

            @Override
            public boolean isGenerated() {
                return user == null;
            }
        };
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    /** After a login on Inkasso's page: record it as the webapps do, so Tasklist and Cockpit open without a second one. */
    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        Authentication auth = context.getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return;
        }
        HttpSession session = request.getSession(false);
        UserAuthentication known = webappUser(session);
        if (known != null && known.getName().equals(auth.getName())) {
            return;
        }
        session = request.getSession(true);
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        authentications.addOrReplace(AuthenticationUtil.createAuthentication(engine, auth.getName()));
        AuthenticationUtil.updateSession(session, authentications);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return webappUser(request.getSession(false)) != null;
    }

    private UserAuthentication webappUser(HttpSession session) {
        if (session == null) {
            return null;
        }
        return AuthenticationUtil.getAuthsFromSession(session).getAuthentications().stream()
                .filter(a -> engine.getName().equals(a.getProcessEngineName()))
                .findFirst().orElse(null);
    }
}
