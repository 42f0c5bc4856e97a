package dev.inkasso.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF guard of the Basic-auth API. Browsers replay cached Basic credentials, so a page of another site could
 * post a form (a CSV import, a payment) in a manager's name. Every browser names the page's origin on a cross-site
 * write ({@code Origin}, else {@code Referer}); a write whose origin is not this server's is refused with 403.
 * Programs (the bank feed, an agency's system, curl) send neither header and are not affected.
 */
final class SameOriginWrites extends OncePerRequestFilter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE.contains(request.getMethod()) || isSameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Cross-site request refused\",\"status\":403,"
                + "\"detail\":\"A write from a page of another site is not accepted (Origin/Referer is not this server)\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isSameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String source = origin != null ? origin : request.getHeader("Referer");
        if (source == null) {
            return true; // not a browser
        }
        String host = request.getHeader("Host");
        try {
            URI uri = URI.create(source.trim());
            if (uri.getHost() == null || host == null) {
                return false; // "Origin: null" (sandboxed frame, file://) or no Host to compare with
            }
            String authority = uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return authority.equals(withoutDefaultPort(host.toLowerCase(Locale.ROOT), uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String withoutDefaultPort(String host, String scheme) {
        if ("http".equals(scheme) && host.endsWith(":80")) {
            return host.substring(0, host.length() - 3);
        }
        if ("https".equals(scheme) && host.endsWith(":443")) {
            return host.substring(0, host.length() - 4);
        }
        return host;
    }
}
