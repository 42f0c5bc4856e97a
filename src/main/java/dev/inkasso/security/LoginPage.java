package dev.inkasso.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Russian login page of Inkasso's own pages; the login is shared with the Camunda webapps. */
@Controller
class LoginPage {
    @GetMapping("/login")
    String login() {
        return "web/login";
    }
}
