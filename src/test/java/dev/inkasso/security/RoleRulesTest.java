package dev.inkasso.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.inkasso.invoice.IntakeResult;
import dev.inkasso.support.ApiTest;
import dev.inkasso.support.Fixtures;
import dev.inkasso.support.ProcessDriver;
import dev.inkasso.support.WebSession;
import dev.inkasso.workflow.DebtCaseProcess.Groups;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint's role rule, as a table: each row is tried by an officer, a lawyer, a manager, the bank feed and an
 * agency. An allowed caller gets past the guard (its empty body then earns a 4xx of its own, never 401/403); anyone
 * else gets 403. A last test checks the table names every endpoint the application serves.
 */
class RoleRulesTest extends ApiTest {
    private static final String LAWYER = "testlawyer";
    /** Stands for this test's own agency user in the table (an agency user reports for one agency only). */
    private static final String AGENCY = "agency";
    /** The sales/ERP system's technical user (credit-api): the credit status and nothing else. */
    private static final String SALES = "testsales";
    private static final List<String> EVERYONE = List.of(OFFICER, LAWYER, MANAGER, FEED, AGENCY, SALES);
    private static final Set<String> STAFF = Set.of(OFFICER, LAWYER, MANAGER);
    private static final Set<String> MANAGERS = Set.of(MANAGER);
    private static final Set<String> FEEDS = Set.of(MANAGER, FEED);
    private static final Set<String> AGENCY_AND_MANAGERS = Set.of(MANAGER, AGENCY);

    /** The endpoints, with who may call each. {@code {case}}, {@code {debtor}} and {@code {agency}} are filled in. */
    private static final List<Rule> RULES = List.of(
            new Rule("GET", "/api/cases", STAFF),
            new Rule("GET", "/api/cases/{case}", STAFF),
            new Rule("GET", "/api/cases/{case}/holds", STAFF),
            new Rule("POST", "/api/cases/{case}/holds", STAFF),
            new Rule("DELETE", "/api/cases/{case}/holds/987654321", STAFF),
            new Rule("GET", "/api/cases/{case}/documents", STAFF),
            new Rule("GET", "/api/cases/{case}/documents/987654321", STAFF),
            new Rule("POST", "/api/cases/{case}/documents", STAFF),
            new Rule("POST", "/api/cases/{case}/interactions.pdf", STAFF),
            new Rule("GET", "/api/cases/{case}/interactions.csv", STAFF),
            new Rule("GET", "/api/cases/{case}/claim-amount", STAFF),
            new Rule("GET", "/api/cases/{case}/court/filing-package", STAFF),
            new Rule("POST", "/api/cases/{case}/claim-reply", STAFF),
            new Rule("POST", "/api/cases/{case}/agency/recall", MANAGERS),
            new Rule("GET", "/api/debtors/{debtor}", STAFF),
            new Rule("POST", "/api/debtors", Set.of(OFFICER, LAWYER, MANAGER, FEED)),
            new Rule("POST", "/api/debtors/{debtor}/holds", STAFF),
            new Rule("GET", "/api/debtors/{debtor}/contact-restrictions", STAFF),
            new Rule("POST", "/api/debtors/{debtor}/contact-restrictions", STAFF),
            new Rule("POST", "/api/debtors/{debtor}/erase", MANAGERS),
            new Rule("POST", "/api/invoices", FEEDS),
            new Rule("POST", "/api/invoices/import", FEEDS),
            new Rule("POST", "/api/payments", FEEDS),
            new Rule("POST", "/api/payments/import", FEEDS),
            new Rule("GET", "/api/payments/unmatched", STAFF),
            new Rule("POST", "/api/calculations/interest-395", STAFF),
            new Rule("POST", "/api/calculations/penalty", STAFF),
            new Rule("POST", "/api/calculations/rate-fraction-penalty", STAFF),
            new Rule("POST", "/api/calculations/state-fee", STAFF),
            new Rule("POST", "/api/calculations/court-route", STAFF),
            new Rule("GET", "/api/key-rates", MANAGERS),
            new Rule("POST", "/api/key-rates", MANAGERS),
            new Rule("PUT", "/api/key-rates/known-until", MANAGERS),
            new Rule("GET", "/api/outbox", MANAGERS),
            new Rule("GET", "/api/outbox/987654321/html", MANAGERS),
            new Rule("GET", "/api/dashboard", MANAGERS),
            new Rule("GET", "/api/dashboard/book", MANAGERS),
            // Inkasso's pages, through a browser session (form login, CSRF token)
            new Rule("GET", "/dashboard", MANAGERS),
            new Rule("GET", "/dashboard/aging.csv", MANAGERS),
            new Rule("GET", "/cases", STAFF),
            new Rule("GET", "/cases.csv", STAFF),
            new Rule("GET", "/cases.xlsx", STAFF),
            new Rule("GET", "/cases/{case}", STAFF),
            new Rule("POST", "/cases/{case}/holds", STAFF),
            new Rule("POST", "/cases/{case}/holds/987654321/lift", STAFF),
            new Rule("POST", "/cases/{case}/documents", STAFF),
            new Rule("GET", "/login", Set.copyOf(EVERYONE)),
            new Rule("GET", "/camunda/app/tasklist/locales/ru.json", Set.copyOf(EVERYONE)),
            new Rule("GET", "/api/audit", MANAGERS),
            new Rule("GET", "/api/agencies", MANAGERS),
            new Rule("POST", "/api/agencies", MANAGERS),
            new Rule("GET", "/api/agencies/{agency}/cases", AGENCY_AND_MANAGERS),
            new Rule("POST", "/api/agencies/{agency}/reports", AGENCY_AND_MANAGERS),
            new Rule("GET", "/api/credit-status", Set.of(OFFICER, LAWYER, MANAGER, SALES)),
            new Rule("POST", "/api/credit-requests", Set.of(OFFICER, LAWYER, MANAGER, FEED)),
            new Rule("GET", "/api/credit-requests/987654321", Set.of(OFFICER, LAWYER, MANAGER, FEED)),
            new Rule("GET", "/api/debtors/{debtor}/credit", STAFF),
            new Rule("PUT", "/api/debtors/{debtor}/credit/limit", MANAGERS),
            new Rule("DELETE", "/api/debtors/{debtor}/credit/limit/pin", MANAGERS),
            new Rule("POST", "/api/debtors/{debtor}/reconciliation", STAFF),
            new Rule("GET", "/api/debtors/{debtor}/documents", STAFF),
            new Rule("POST", "/api/debtors/{debtor}/documents", STAFF),
            new Rule("GET", "/api/debtors/{debtor}/documents/987654321", STAFF),
            new Rule("GET", "/engine-rest/task", STAFF),
            new Rule("GET", "/engine-rest/process-instance", STAFF),
            new Rule("GET", "/actuator/prometheus", MANAGERS));

    @Autowired
    ProcessDriver driver;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    private final Map<String, WebSession> sessions = new java.util.HashMap<>();
    private IntakeResult r;
    private long debtorId;
    private long agencyId;
    private String agencyUser;

    record Rule(String method, String path, Set<String> allowed) {
    }

    @BeforeEach
    void aCaseAndAnAgency() {
        agencyUser = "testagency" + Fixtures.invoiceNumber("A").replaceAll("\\D", "");
        identity.ensureUser(agencyUser, PASSWORD, "Агентство", Groups.AGENCIES);
        identity.ensureUser(SALES, PASSWORD, "ERP", Groups.CREDIT_API);
        r = driver.open(Fixtures.invoice(Fixtures.invoiceNumber("ROLES"), "15000.00", LocalDate.of(2026, 3, 1)));
        debtorId = ((Number) JsonPath.read(get(MANAGER, "/api/cases/" + r.caseId()).getBody(), "$.debtor.id")).longValue();
        agencyId = agency("ООО «ПКО Роли» " + Fixtures.invoiceNumber("A"), agencyUser);
    }

    @Test
    void everyEndpointLetsInExactlyItsRoles() {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : RULES) {
            for (String user : EVERYONE) {
                ResponseEntity<String> answer = call(AGENCY.equals(user) ? agencyUser : user, rule);
                int status = answer.getStatusCode().value();
                boolean refused = status == 401 || status == 403;
                if (rule.allowed().contains(user) == refused || (!refused && status >= 500)) {
                    wrong.add(rule.method() + " " + rule.path() + " as " + user + " → " + status);
                }
            }
        }
        assertThat(wrong).as("calls answered against their rule").isEmpty();
    }

    @Test
    void anAgencySeesOnlyTheCasesOfItsOwnAgency() {
        long other = agency("ООО «Другое агентство» " + Fixtures.invoiceNumber("A"), null);
        assertThat(get(agencyUser, "/api/agencies/" + other + "/cases").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(agencyUser, "/api/agencies/" + other + "/reports", Map.of("caseId", r.caseId(), "reportId", "R1",
                "kind", "CONTACT_RESULT", "note", "Звонок")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(agencyUser, "/api/cases/" + r.caseId()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> own = get(agencyUser, "/api/agencies/" + agencyId + "/cases");
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).isEqualTo("[]"); // nothing placed with it yet
    }

    @Test
    void aLawyerCannotSeeClaimOrCompleteAnOfficersTask() {
        driver.toNegotiation(r);
        String taskId = driver.negotiationTask(r).getId();

        assertThat(get(LAWYER, "/engine-rest/task/" + taskId).getStatusCode().value()).isIn(403, 404);
        assertThat(post(LAWYER, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", LAWYER)).getStatusCode().value())
                .isIn(403, 404);
        assertThat(post(LAWYER, "/engine-rest/task/" + taskId + "/complete", Map.of("variables",
                Map.of("negotiationOutcome", Map.of("value", "NO_CONTACT")))).getStatusCode().value()).isIn(403, 404);
        assertThat(driver.negotiationTask(r).getAssignee()).isNull();
        assertThat(get(OFFICER, "/engine-rest/task/" + taskId).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theRuleTableNamesEveryEndpointTheApplicationServes() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("dev.inkasso")) {
                for (String path : info.getPatternValues()) {
                    info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + path));
                }
            }
        });
        Set<String> ruled = new TreeSet<>();
        for (Rule rule : RULES) {
            ruled.add(rule.method() + " " + rule.path().replace("{case}", "{id}").replace("{debtor}", "{id}")
                    .replace("{agency}", "{id}").replace("987654321/html", "{id}/html")
                    .replace("holds/987654321", "holds/{holdId}").replace("documents/987654321", "documents/{docId}")
                    .replace("aging.csv", "{table}.{format}").replace("credit-requests/987654321", "credit-requests/{id}").replace("tasklist/locales", "{app}/locales"));
        }
        served.removeAll(ruled);
        assertThat(served).as("endpoints without a row in the rule table").isEmpty();
    }

    private ResponseEntity<String> call(String user, Rule rule) {
        String path = rule.path().replace("{case}", String.valueOf(r.caseId())).replace("{debtor}", String.valueOf(debtorId))
                .replace("{agency}", String.valueOf(agencyId));
        if (isPage(path)) {
            return page(user, rule.method(), path);
        }
        HttpHeaders headers = new HttpHeaders();
        String body = null;
        if (!rule.method().equals("GET") && !rule.method().equals("DELETE")) {
            boolean csv = path.endsWith("/import");
            headers.setContentType(csv ? MediaType.parseMediaType("text/csv") : MediaType.APPLICATION_JSON);
            body = csv ? "" : "{}";
        }
        return as(user).exchange(path, HttpMethod.valueOf(rule.method()), new HttpEntity<>(body, headers), String.class);
    }

    private static boolean isPage(String path) {
        return path.startsWith("/cases") || path.startsWith("/dashboard") || path.equals("/login");
    }

    /** A page as a signed-in browser asks for it; being sent back to the login page counts as refused. */
    private ResponseEntity<String> page(String user, String method, String path) {
        WebSession session = sessions.computeIfAbsent(user, u -> WebSession.login(http.getRootUri(), u, PASSWORD));
        java.net.http.HttpResponse<String> answer = method.equals("GET") ? session.get(path) : session.post(path, Map.of());
        boolean toLogin = answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").endsWith("/login");
        return ResponseEntity.status(toLogin ? 401 : answer.statusCode()).body(answer.body());
    }

    private long agency(String name, String reporter) {
        Map<String, Object> request = new java.util.HashMap<>(Map.of("name", name, "email", "roles@example.ru",
                "commissionPercent", "10.00", "slaDays", 30, "acceptsTypes", List.of("ORGANIZATION")));
        if (reporter != null) {
            request.put("reporter", reporter);
        }
        ResponseEntity<String> created = post(MANAGER, "/api/agencies", request);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return ((Number) JsonPath.read(created.getBody(), "$.id")).longValue();
    }
}
