package org.caseledger.api.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 登录: the sign-in form (Spring Security checks it; a failure returns here with ?error). */
@Controller
public class LoginPage {

    @GetMapping("/login")
    public String login() {
        return "login";
    }
}
