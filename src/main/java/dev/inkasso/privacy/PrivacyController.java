package dev.inkasso.privacy;

import java.security.Principal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PrivacyController {
    private final PersonalDataErasure erasure;

    PrivacyController(PersonalDataErasure erasure) {
        this.erasure = erasure;
    }

    /** Managers erase a debtor's contact data once all its cases are closed and past the retention period. */
    @PostMapping("/api/debtors/{id}/erase")
    PersonalDataErasure.Erased erase(@PathVariable long id, Principal user) {
        return erasure.erase(id, user.getName());
    }
}
