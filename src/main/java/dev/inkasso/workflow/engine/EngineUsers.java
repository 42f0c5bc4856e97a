package dev.inkasso.workflow.engine;

import org.camunda.bpm.engine.IdentityService;

/** The user the engine authenticated for the current call (Tasklist, /engine-rest), if any. */
public final class EngineUsers {
    private EngineUsers() {
    }

    public static String current(IdentityService identity) {
        var authentication = identity.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
