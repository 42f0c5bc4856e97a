package dev.inkasso.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The production jar does not start with demo credentials; the demo does. */
class StartupSecurityChecksTest {
    private static final java.util.function.BiPredicate<String, String> NOBODY = (user, password) -> false;

    @Test
    void anAdminNeedsARealPassword() {
        assertThat(StartupSecurityChecks.problems(new SecurityProperties("admin", ""), false, NOBODY))
                .anySatisfy(p -> assertThat(p).contains("without INKASSO_ADMIN_PASSWORD"));
        assertThat(StartupSecurityChecks.problems(new SecurityProperties("admin", "admin"), false, NOBODY))
                .anySatisfy(p -> assertThat(p).contains("demo password"));
        assertThat(StartupSecurityChecks.problems(new SecurityProperties("root", "root"), false, NOBODY))
                .anySatisfy(p -> assertThat(p).contains("demo password"));
        assertThat(StartupSecurityChecks.problems(new SecurityProperties("admin", "Zq8#long-secret"), false, NOBODY)).isEmpty();
        assertThat(StartupSecurityChecks.problems(new SecurityProperties(null, null), false, NOBODY)).isEmpty();
    }

    @Test
    void aDemoUserLeftInTheDatabaseStopsTheStartButNotTheDemo() {
        java.util.function.BiPredicate<String, String> demoManager = (user, password) -> user.equals("manager") && password.equals("manager");
        assertThat(StartupSecurityChecks.problems(new SecurityProperties(null, null), false, demoManager))
                .singleElement().satisfies(p -> assertThat(p).contains("manager"));
        assertThat(StartupSecurityChecks.problems(new SecurityProperties("admin", "admin"), true, demoManager)).isEmpty();
    }
}
