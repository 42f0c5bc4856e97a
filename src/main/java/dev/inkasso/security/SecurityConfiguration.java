package dev.inkasso.security;

import static org.springframework.security.config.Customizer.withDefaults;

import dev.inkasso.workflow.DebtCaseProcess.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import java.util.Arrays;

/**
 * Nothing is anonymous but health: Inkasso's API, the engine REST API and the API docs take HTTP Basic
 * against the Camunda users; the webapps (Cockpit, Tasklist, Admin) keep their own login and CSRF guard.
 */
@Configuration
class SecurityConfiguration {
    static final String[] STAFF = {
        CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.COLLECTORS,
        CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.LAWYERS,
        CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.MANAGERS,
        CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.ADMINS,
    };
    static final String[] AGENCY_REPORTERS = {
        CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.AGENCIES,
        CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.MANAGERS,
        CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.ADMINS,
    };
    static final String[] SUPERVISORS = {
        CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.MANAGERS,
        CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.ADMINS,
    };

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                    IdentityService identity) throws Exception {
        return http
                // Path patterns, not MVC matchers: /engine-rest is served by Jersey, outside Spring MVC.
                .securityMatcher(paths("/api/**", "/engine-rest/**", "/v3/api-docs/**", "/swagger-ui/**",
                        "/swagger-ui.html", "/actuator/**", "/dashboard"))
                .authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/actuator/health", "/actuator/health/**")).permitAll()
                        .requestMatchers(paths("/api/outbox", "/api/outbox/**", "/api/dashboard", "/dashboard")).hasAnyAuthority(SUPERVISORS)
                        .requestMatchers(HttpMethod.GET, "/api/key-rates").hasAnyAuthority(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/agencies").hasAnyAuthority(SUPERVISORS)
                        .requestMatchers(paths("/api/agencies/*/reports")).hasAnyAuthority(AGENCY_REPORTERS)
                        .requestMatchers(paths("/api/cases/*/agency/recall")).hasAnyAuthority(SUPERVISORS)
                        .requestMatchers(paths("/api/debtors/*/erase", "/api/audit")).hasAnyAuthority(SUPERVISORS)
                        .requestMatchers(paths("/api/key-rates", "/api/key-rates/**")).hasAnyAuthority(SUPERVISORS)
                        .requestMatchers(paths("/api/**")).hasAnyAuthority(STAFF)
                        .anyRequest().authenticated())
                .httpBasic(withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(new EngineRestAuthenticationFilter(identity), AuthorizationFilter.class)
                .build();
    }

    private static RequestMatcher paths(String... patterns) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(Arrays.stream(patterns).map(p -> (RequestMatcher) builder.matcher(p)).toList());
    }

    /** The Camunda webapps authenticate against the same identity service through their own login page. */
    @Bean
    @Order(2)
    SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }
}
