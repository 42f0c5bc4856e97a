package dev.inkasso.security;

import static org.springframework.security.config.Customizer.withDefaults;

import dev.inkasso.workflow.DebtCaseProcess.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

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
    static final String[] SUPERVISORS = {
        CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.MANAGERS,
        CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.ADMINS,
    };

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                    IdentityService identity) throws Exception {
        return http
                .securityMatcher("/api/**", "/engine-rest/**", "/v3/api-docs/**", "/swagger-ui/**",
                        "/swagger-ui.html", "/actuator/**")
                .authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                        .requestMatchers("/api/outbox/**").hasAnyAuthority(SUPERVISORS)
                        .requestMatchers("/api/**").hasAnyAuthority(STAFF)
                        .anyRequest().authenticated())
                .httpBasic(withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(new EngineRestAuthenticationFilter(identity), AuthorizationFilter.class)
                .build();
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
