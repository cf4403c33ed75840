package org.caseledger.api.pages;

import org.caseledger.api.security.UsersProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.Optional;

/**
 * 登录: the sign-in form (Spring Security checks it; a failure returns here with ?error). In the demo profile it names
 * this deployment's demo accounts ({@code caseledger.demo.accounts}), each with the union body and role it signs in as,
 * so that a visitor picks the one for the body he wants to try; elsewhere it names none.
 */
@Controller
public class LoginPage {

    /** A demo account as the page names it. */
    public record DemoAccount(String username, String password, String unionBody, String role) {
    }

    private final List<DemoAccount> accounts;

    /** An entry of {@code caseledger.demo.accounts}. */
    public record Credential(String username, String password) {
    }

    public LoginPage(Environment environment, UsersProperties users) {
        if (!environment.acceptsProfiles(Profiles.of("demo"))) {
            this.accounts = List.of();
            return;
        }
        List<Credential> demo = Binder.get(environment).bind("caseledger.demo.accounts", Bindable.listOf(Credential.class)).orElse(List.of());
        this.accounts = demo.stream().map(a -> {
            Optional<UsersProperties.User> user = users.users().stream().filter(u -> a.username().equals(u.username())).findFirst();
            return new DemoAccount(a.username(), a.password(), user.map(UsersProperties.User::unionBody).orElse(""),
                    user.map(UsersProperties.User::roles).filter(r -> !r.isEmpty()).map(r -> r.get(0)).orElse(""));
        }).toList();
    }

    @GetMapping("/login")
    public String login(Model model) {
        model.addAttribute("demo", !accounts.isEmpty()); // the demo accounts are named only where they exist
        model.addAttribute("demoAccounts", accounts);
        return "login";
    }
}
