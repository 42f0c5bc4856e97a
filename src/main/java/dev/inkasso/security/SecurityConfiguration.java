package dev.inkasso.security;

import static org.springframework.security.config.Customizer.withDefaults;

import dev.inkasso.workflow.DebtCaseProcess.Groups;
import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Nothing is anonymous but health. Inkasso's API, the engine REST API and the API docs take HTTP Basic against
 * the Camunda users, and every endpoint has its own rule below (an endpoint without one is refused). The webapps
 * (Cockpit, Tasklist, Admin) keep their own login and CSRF guard; Inkasso's pages share that login. Writes from a browser of another site are
 * refused ({@link SameOriginWrites}), since browsers replay cached Basic credentials.
 *
 * <p>Who may do what:
 * <ul>
 *   <li>{@code collectors}, {@code lawyers}: read cases, debtors and documents; act on cases (holds, contact
 *       restrictions, documents, claim replies); work their own group's tasks (engine authorizations);</li>
 *   <li>{@code managers}: all of that, plus the dashboard, outbox, audit, key rates, agencies, recalls,
 *       erasure, payments and invoices entered by hand;</li>
 *   <li>{@code integrations} (bank feed, ERP): post payments and invoices, nothing else;</li>
 *   <li>{@code agencies}: the cases placed with their own agency and their reports about them;</li>
 *   <li>{@code monitoring} (Prometheus): {@code /actuator/prometheus};</li>
 *   <li>{@code credit-api} (sales, ERP): {@code /api/credit-status}, nothing else;</li>
 *   <li>{@code camunda-admin}: everything.</li>
 * </ul>
 */
@Configuration
class SecurityConfiguration {
    static final String[] STAFF = roles(Groups.COLLECTORS, Groups.LAWYERS, Groups.MANAGERS, Groups.ADMINS);
    static final String[] SUPERVISORS = roles(Groups.MANAGERS, Groups.ADMINS);
    static final String[] FEEDS = roles(Groups.INTEGRATIONS, Groups.MANAGERS, Groups.ADMINS);
    static final String[] INTAKE = roles(Groups.INTEGRATIONS, Groups.COLLECTORS, Groups.LAWYERS, Groups.MANAGERS, Groups.ADMINS);
    static final String[] MONITORS = roles(Groups.MONITORING, Groups.MANAGERS, Groups.ADMINS);
    static final String[] AGENCY_REPORTERS = roles(Groups.AGENCIES, Groups.MANAGERS, Groups.ADMINS);
    static final String[] CREDIT_READERS = roles(Groups.CREDIT_API, Groups.COLLECTORS, Groups.LAWYERS, Groups.MANAGERS, Groups.ADMINS);

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                    IdentityService identity) throws Exception {
        return http
                // Path patterns, not MVC matchers: /engine-rest is served by Jersey, outside Spring MVC.
                .securityMatcher(paths("/api/**", "/engine-rest/**", "/v3/api-docs/**", "/swagger-ui/**",
                        "/swagger-ui.html", "/actuator/**"))
                .authenticationProvider(provider)
                .authorizeHttpRequests(SecurityConfiguration::rules)
                .httpBasic(withDefaults())
                // stateless Basic: no session cookie to forge; cross-site browser writes are refused by Origin instead
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new SameOriginWrites(), AuthorizationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(new EngineRestAuthenticationFilter(identity), AuthorizationFilter.class)
                .build();
    }

    /** One rule per endpoint; the order matters only where a pattern is a prefix of another. */
    private static void rules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth
                .requestMatchers(paths("/actuator/health", "/actuator/health/**")).permitAll()
                .requestMatchers(paths("/actuator/prometheus")).hasAnyAuthority(MONITORS)
                .requestMatchers(paths("/actuator/**")).hasAnyAuthority(SUPERVISORS)
                .requestMatchers(paths("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")).hasAnyAuthority(STAFF)
                // the engine's own authorizations decide which tasks and instances a staff member sees
                .requestMatchers(paths("/engine-rest/**")).hasAnyAuthority(STAFF)
                // managers' views
                .requestMatchers(paths("/api/dashboard", "/api/dashboard/**", "/api/outbox", "/api/outbox/**", "/api/audit",
                        "/api/key-rates", "/api/key-rates/**")).hasAnyAuthority(SUPERVISORS)
                .requestMatchers(HttpMethod.GET, "/api/agencies").hasAnyAuthority(SUPERVISORS)
                .requestMatchers(HttpMethod.POST, "/api/agencies", "/api/cases/*/agency/recall", "/api/debtors/*/erase")
                .hasAnyAuthority(SUPERVISORS)
                // agencies: their own placements and reports (the controller checks it is their agency)
                .requestMatchers(HttpMethod.GET, "/api/agencies/*/cases").hasAnyAuthority(AGENCY_REPORTERS)
                .requestMatchers(HttpMethod.POST, "/api/agencies/*/reports").hasAnyAuthority(AGENCY_REPORTERS)
                // money and receivables coming in from other systems
                .requestMatchers(HttpMethod.POST, "/api/payments", "/api/payments/import", "/api/invoices", "/api/invoices/import").hasAnyAuthority(FEEDS)
                .requestMatchers(HttpMethod.POST, "/api/debtors").hasAnyAuthority(INTAKE)
                // credit control: requests come from sales systems and staff; limits are pinned by managers
                .requestMatchers(HttpMethod.GET, "/api/credit-status").hasAnyAuthority(CREDIT_READERS)
                .requestMatchers(HttpMethod.POST, "/api/credit-requests").hasAnyAuthority(INTAKE)
                .requestMatchers(HttpMethod.GET, "/api/credit-requests/*").hasAnyAuthority(INTAKE)
                .requestMatchers(HttpMethod.PUT, "/api/debtors/*/credit/limit").hasAnyAuthority(SUPERVISORS)
                .requestMatchers(HttpMethod.DELETE, "/api/debtors/*/credit/limit/pin").hasAnyAuthority(SUPERVISORS)
                // the case work of officers and lawyers
                .requestMatchers(HttpMethod.GET, "/api/cases", "/api/cases/*", "/api/cases/*/holds", "/api/cases/*/documents",
                        "/api/cases/*/documents/*", "/api/cases/*/interactions.csv", "/api/cases/*/claim-amount",
                        "/api/cases/*/court/filing-package", "/api/debtors/*", "/api/debtors/*/contact-restrictions",
                        "/api/payments/unmatched", "/api/debtors/*/credit", "/api/debtors/*/documents",
                        "/api/debtors/*/documents/*").hasAnyAuthority(STAFF)
                .requestMatchers(HttpMethod.POST, "/api/cases/*/holds", "/api/debtors/*/holds", "/api/cases/*/documents",
                        "/api/cases/*/interactions.pdf", "/api/cases/*/claim-reply", "/api/debtors/*/contact-restrictions",
                        "/api/calculations/*", "/api/debtors/*/reconciliation", "/api/debtors/*/documents").hasAnyAuthority(STAFF)
                .requestMatchers(HttpMethod.DELETE, "/api/cases/*/holds/*").hasAnyAuthority(STAFF)
                // an endpoint nobody gave a rule to is nobody's
                .anyRequest().denyAll();
    }

    private static String[] roles(String... groups) {
        return Arrays.stream(groups).map(g -> CamundaIdentityAuthenticationProvider.GROUP_PREFIX + g).toArray(String[]::new);
    }

    private static RequestMatcher paths(String... patterns) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(Arrays.stream(patterns).map(p -> (RequestMatcher) builder.matcher(p)).toList());
    }

    /**
     * Inkasso's own pages (case list and card, dashboard): a session login on a Russian login page, shared with
     * the Camunda webapps ({@link WebappSessionContextRepository}), with CSRF tokens in every form. No HTTP Basic
     * here: a visitor without a session is sent to {@code /login}, never shown the browser's Basic prompt.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                     ProcessEngine engine) throws Exception {
        WebappSessionContextRepository sessions = new WebappSessionContextRepository(engine);
        return http
                .securityMatcher(paths("/cases", "/cases.csv", "/cases.xlsx", "/cases/**", "/dashboard", "/dashboard/**",
                        "/login", "/logout",
                        "/inkasso-assets/**"))
                .authenticationProvider(provider)
                .securityContext(context -> context.securityContextRepository(sessions))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/login", "/inkasso-assets/**")).permitAll()
                        .requestMatchers(paths("/dashboard", "/dashboard/**")).hasAnyAuthority(SUPERVISORS)
                        .requestMatchers(HttpMethod.GET, "/cases", "/cases.csv", "/cases.xlsx", "/cases/*").hasAnyAuthority(STAFF)
                        .requestMatchers(HttpMethod.POST, "/cases/*/holds", "/cases/*/holds/*/lift", "/cases/*/documents")
                        .hasAnyAuthority(STAFF)
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/cases"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /** The Camunda webapps authenticate against the same identity service through their own login page. */
    @Bean
    @Order(3)
    SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }
}
