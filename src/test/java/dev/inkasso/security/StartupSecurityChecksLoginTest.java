package dev.inkasso.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkasso.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import dev.inkasso.workflow.engine.StoredPasswords;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The start-up check of demo passwords against the engine's users: it compares, it does not log in. */
class StartupSecurityChecksLoginTest extends IntegrationTest {
    @Autowired
    StoredPasswords passwords;
    @Autowired
    IdentityService identity;

    @Test
    void theDemoPasswordCheckTellsRightFromWrongAndCountsNoRefusedLogin() {
        String user = "startup" + System.nanoTime();
        User account = identity.newUser(user);
        account.setPassword("Real-Secret-1");
        identity.saveUser(account);

        assertThat(StartupSecurityChecks.problems(new SecurityProperties(null, null), false, (u, p) ->
                passwords.matches(user, p))).as("no demo password").isEmpty();
        assertThat(passwords.matches(user, user)).isFalse();
        assertThat(passwords.matches(user, "Real-Secret-1")).isTrue();
        assertThat(passwords.matches(user + "-nobody", "Real-Secret-1")).isFalse();
        // no refused login on record: the user's next sign-in is neither delayed nor closer to a lockout
        assertThat(identity.createUserQuery().userId(user).singleResult()).extracting("attempts").isEqualTo(0);
        assertThat(identity.checkPassword(user, "Real-Secret-1")).isTrue();
    }
}
