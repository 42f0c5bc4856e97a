package dev.inkasso.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic against the Camunda identity service: one set of users for Tasklist, Cockpit, the engine
 * REST API and Inkasso's API. Each Camunda group becomes an authority {@code GROUP_<id>}.
 *
 * <p>A Basic client sends its credentials with every request — a bank feed thousands a day — and checking them took
 * two engine commands (the password, the groups): a tenth of a single invoice's request (bench/RESULTS.md). A
 * successful check is therefore remembered for {@code inkasso.security.basic-auth-cache} (PT0S: never), keyed by the
 * user and a keyed digest of the password (the password itself is not kept). Only successes are remembered, so every
 * wrong password still reaches the engine and counts towards its lockout; a changed password, a removed user or a
 * changed group membership reaches a client that was already let in at the latest when the period ends. A user in no
 * group is not remembered: a user just created is given its group a moment later (the administrator at the first
 * start), and a client that signed in between would otherwise be refused everything for the whole period.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {
    static final String GROUP_PREFIX = "GROUP_";
    private static final int MAX_REMEMBERED = 10_000;
    private static final String DIGEST = "HmacSHA256";

    private final IdentityService identity;
    private final Cache<String, List<SimpleGrantedAuthority>> checked;
    /** Digests are keyed by a secret of this process: a heap dump shows no digest one could test passwords against. */
    private final SecretKeySpec digestKey;

    @Autowired
    CamundaIdentityAuthenticationProvider(IdentityService identity,
                                          @Value("${inkasso.security.basic-auth-cache:PT30S}") Duration remember) {
        this(identity, remember, Ticker.systemTicker());
    }

    CamundaIdentityAuthenticationProvider(IdentityService identity, Duration remember, Ticker ticker) {
        this.identity = identity;
        this.checked = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(MAX_REMEMBERED).ticker(ticker).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.digestKey = new SecretKeySpec(secret, DIGEST);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String user = authentication.getName();
        Object password = authentication.getCredentials();
        if (user == null || password == null) {
            throw new BadCredentialsException("Bad credentials");
        }
        String key = user + '\n' + digest(password.toString());
        List<SimpleGrantedAuthority> authorities = checked.getIfPresent(key);
        if (authorities == null) {
            if (!identity.checkPassword(user, password.toString())) {
                throw new BadCredentialsException("Bad credentials");
            }
            authorities = groupsOf(identity, user).stream().map(g -> new SimpleGrantedAuthority(GROUP_PREFIX + g)).toList();
            if (!authorities.isEmpty()) {
                checked.put(key, authorities);
            }
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    static List<String> groupsOf(IdentityService identity, String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    private String digest(String password) {
        try {
            Mac mac = Mac.getInstance(DIGEST);
            mac.init(digestKey);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(DIGEST + " is part of every Java runtime", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
