package org.caseledger.api.pages;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 登录: the sign-in form (Spring Security checks it; a failure returns here with ?error). */
@Controller
public class LoginPage {

    private final boolean demo;

    public LoginPage(Environment environment) {
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
    }

    @GetMapping("/login")
    public String login(Model model) {
        model.addAttribute("demo", demo); // the demo accounts are named only where they exist
        return "login";
    }
}
