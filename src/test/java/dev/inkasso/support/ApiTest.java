package dev.inkasso.support;

import dev.inkasso.security.IdentitySetup;
import dev.inkasso.workflow.DebtCaseProcess.Groups;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A test that drives the running application over HTTP, as other systems do. */
public abstract class ApiTest extends IntegrationTest {
    protected static final String OFFICER = "testofficer";
    protected static final String MANAGER = "testmanager";
    /** A technical user of the bank feed and the ERP: posts payments and invoices. */
    protected static final String FEED = "testfeed";
    protected static final String PASSWORD = "test-secret";

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected IdentitySetup identity;

    @BeforeEach
    void users() {
        identity.ensureUser(OFFICER, PASSWORD, "Офицер", Groups.COLLECTORS);
        identity.ensureUser(MANAGER, PASSWORD, "Руководитель", Groups.MANAGERS);
        identity.ensureUser("testlawyer", PASSWORD, "Юрист", Groups.LAWYERS);
        identity.ensureUser(FEED, PASSWORD, "Банк", Groups.INTEGRATIONS);
    }

    protected TestRestTemplate as(String user) {
        return http.withBasicAuth(user, PASSWORD);
    }

    protected ResponseEntity<String> post(String user, String path, Object body) {
        return as(user).postForEntity(path, body, String.class);
    }

    protected ResponseEntity<String> postCsv(String user, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv; charset=UTF-8"));
        return as(user).exchange("/api/invoices/import", HttpMethod.POST,
                new HttpEntity<>(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers), String.class);
    }

    protected ResponseEntity<String> get(String user, String path) {
        return as(user).getForEntity(path, String.class);
    }
}
