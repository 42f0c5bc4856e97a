package dev.inkasso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkasso.support.IntegrationTest;
import dev.inkasso.workflow.DebtCaseProcess.Groups;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

class CamundaIdentityAuthenticationProviderTest extends IntegrationTest {
    private static final Duration REMEMBER = Duration.ofSeconds(30);

    @Autowired
    IdentityService identity;

    private final AtomicLong nanos = new AtomicLong();
    private String user;

    private CamundaIdentityAuthenticationProvider provider(Duration remember) {
        return new CamundaIdentityAuthenticationProvider(identity, remember, nanos::get);
    }

    private void newUser(String password) {
        user = "basic" + System.nanoTime();
        User account = identity.newUser(user);
        account.setPassword(password);
        identity.saveUser(account);
        identity.createMembership(user, Groups.INTEGRATIONS);
    }

    private void changePassword(String password) {
        User account = identity.createUserQuery().userId(user).singleResult();
        account.setPassword(password);
        identity.saveUser(account);
    }

    private static Authentication login(CamundaIdentityAuthenticationProvider provider, String user, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    @Test
    void aCheckedLoginIsRememberedUntilThePeriodEnds() {
        newUser("Old-Secret-1");
        CamundaIdentityAuthenticationProvider provider = provider(REMEMBER);
        assertThat(login(provider, user, "Old-Secret-1").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("GROUP_" + Groups.INTEGRATIONS);

        changePassword("New-Secret-2");
        nanos.addAndGet(REMEMBER.minusSeconds(1).toNanos());
        // within the period the engine is not asked again: the old password still lets the client in ...
        assertThat(login(provider, user, "Old-Secret-1").isAuthenticated()).isTrue();
        // ... and the new one is checked against the engine on its own
        assertThat(login(provider, user, "New-Secret-2").isAuthenticated()).isTrue();

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThatThrownBy(() -> login(provider, user, "Old-Secret-1")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aWrongPasswordIsNeverRememberedAndAlwaysReachesTheEngine() {
        newUser("Right-Secret-1");
        CamundaIdentityAuthenticationProvider provider = provider(REMEMBER);
        login(provider, user, "Right-Secret-1");

        assertThatThrownBy(() -> login(provider, user, "Wrong-Secret")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(provider, user + "x", "Right-Secret-1")).isInstanceOf(BadCredentialsException.class);
        // the engine counted the refusal (the lockout's counter), though the right password was remembered
        assertThat(identity.createUserQuery().userId(user).singleResult()).extracting("attempts").isEqualTo(1);
    }

    @Test
    void aUserInNoGroupIsNotRememberedSoTheGroupItIsGivenNextCountsAtOnce() {
        user = "nogroup" + System.nanoTime();
        User account = identity.newUser(user);
        account.setPassword("First-Start-1");
        identity.saveUser(account);
        CamundaIdentityAuthenticationProvider provider = provider(REMEMBER);
        assertThat(login(provider, user, "First-Start-1").getAuthorities()).isEmpty();

        identity.createMembership(user, Groups.MANAGERS); // as the first start gives the administrator its group

        assertThat(login(provider, user, "First-Start-1").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("GROUP_" + Groups.MANAGERS);
    }

    @Test
    void withoutAPeriodEveryLoginIsChecked() {
        newUser("Old-Secret-1");
        CamundaIdentityAuthenticationProvider provider = provider(Duration.ZERO);
        login(provider, user, "Old-Secret-1");
        changePassword("New-Secret-2");

        assertThatThrownBy(() -> login(provider, user, "Old-Secret-1")).isInstanceOf(BadCredentialsException.class);
    }
}
