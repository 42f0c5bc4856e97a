package dev.inkasso.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import dev.inkasso.workflow.engine.StoredPasswords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo, Inkasso refuses to start with a demo credential: an admin configured without a password or with a
 * demo password, or a demo user ({@code admin/admin}, {@code manager/manager}, …) still able to log in.
 */
@Component
@Order(5)
class StartupSecurityChecks implements ApplicationRunner {
    static final Set<String> DEMO_USERS = Set.of("admin", "officer", "lawyer", "manager", "bank", "agency", "sales");
    static final Set<String> DEMO_PASSWORDS = Set.of("admin", "officer", "lawyer", "manager", "bank", "agency", "sales", "demo", "password",
            "changeme");

    private final SecurityProperties properties;
    private final StoredPasswords passwords;
    private final boolean demo;

    StartupSecurityChecks(SecurityProperties properties, StoredPasswords passwords,
                          @Value("${inkasso.demo.enabled:false}") boolean demo) {
        this.properties = properties;
        this.passwords = passwords;
        this.demo = demo;
    }

    /**
     * A demo password is compared with the stored one, not tried as a login: a refused login counts towards the user's
     * lockout, and this runs at every start — against the real administrator too when it is called {@code admin}
     * (docker-compose's default), whose clients were refused for seconds after each start and who would be locked out
     * after ten.
     */
    @Override
    public void run(ApplicationArguments args) {
        List<String> problems = problems(properties, demo, passwords::matches);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join("; ", problems));
        }
    }

    /** What is wrong with the credentials; {@code canLogIn} tells whether a user logs in with a password. */
    static List<String> problems(SecurityProperties properties, boolean demo, BiPredicate<String, String> canLogIn) {
        List<String> problems = new ArrayList<>();
        if (demo) {
            return problems;
        }
        boolean userSet = properties.adminUser() != null && !properties.adminUser().isBlank();
        String password = properties.adminPassword() == null ? "" : properties.adminPassword();
        if (userSet && password.isBlank()) {
            problems.add("INKASSO_ADMIN_USER is set without INKASSO_ADMIN_PASSWORD");
        }
        if (userSet && (DEMO_PASSWORDS.contains(password.toLowerCase()) || password.equals(properties.adminUser()))) {
            problems.add("INKASSO_ADMIN_PASSWORD is a demo password");
        }
        for (String user : DEMO_USERS) {
            if (canLogIn.test(user, user)) {
                problems.add("the demo user " + user + " still logs in with its demo password: change or delete it");
            }
        }
        return problems;
    }
}
