package dev.inkasso.workflow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * Whether a user's stored password is a given one, compared as the engine compares it at a login (salted, through its
 * password manager) but without a login: {@code IdentityService.checkPassword} counts a refusal towards the user's
 * lockout and delays the user's next login, which a check of demo passwords at every start must not do to a real user.
 */
@Component
public class StoredPasswords {
    private final ProcessEngine engine;

    public StoredPasswords(ProcessEngine engine) {
        this.engine = engine;
    }

    public boolean matches(String userId, String password) {
        User user = engine.getIdentityService().createUserQuery().userId(userId).singleResult();
        if (!(user instanceof UserEntity entity) || entity.getPassword() == null || password == null) {
            return false;
        }
        String salted = entity.getSalt() == null ? password : password + entity.getSalt();
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getPasswordManager()
                .check(salted, entity.getPassword());
    }
}
