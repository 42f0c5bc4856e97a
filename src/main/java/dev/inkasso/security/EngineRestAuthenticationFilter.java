package dev.inkasso.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the user Spring Security authenticated to the engine for {@code /engine-rest} calls, so the
 * engine's own authorizations (task candidate groups, process definitions) apply to every REST client.
 */
class EngineRestAuthenticationFilter extends OncePerRequestFilter {
    private final IdentityService identity;

    EngineRestAuthenticationFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        identity.setAuthentication(auth.getName(), groupsOf(auth));
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * The user's Camunda groups as the authentication carries them ({@code GROUP_<id>}, from the provider or the
     * webapp session): read once at login, not queried again on every REST call.
     */
    static java.util.List<String> groupsOf(Authentication auth) {
        String prefix = CamundaIdentityAuthenticationProvider.GROUP_PREFIX;
        return auth.getAuthorities().stream().map(org.springframework.security.core.GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).toList();
    }
}
