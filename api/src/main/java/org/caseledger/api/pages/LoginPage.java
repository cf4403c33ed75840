package org.caseledger.api.pages;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.Map;

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

    @SuppressWarnings({"rawtypes", "unchecked"})
    public LoginPage(Environment environment) {
        if (!environment.acceptsProfiles(Profiles.of("demo"))) {
            this.accounts = List.of();
            return;
        }
        Binder binder = Binder.get(environment);
        List<Map> users = binder.bind("caseledger.security.users", Bindable.listOf(Map.class)).orElse(List.of());
        List<Map> demo = binder.bind("caseledger.demo.accounts", Bindable.listOf(Map.class)).orElse(List.of());
        this.accounts = demo.stream().map(a -> {
            String username = String.valueOf(a.get("username"));
            Map user = users.stream().filter(u -> username.equals(String.valueOf(u.get("username")))).findFirst().orElse(Map.of());
            Object roles = user.get("roles");
            String role = roles instanceof Map<?, ?> m && !m.isEmpty() ? String.valueOf(m.values().iterator().next())
                    : roles instanceof List<?> l && !l.isEmpty() ? String.valueOf(l.get(0)) : "";
            Object body = user.get("union-body");
            return new DemoAccount(username, String.valueOf(a.get("password")), body == null ? "" : String.valueOf(body), role);
        }).toList();
    }

    @GetMapping("/login")
    public String login(Model model) {
        model.addAttribute("demo", !accounts.isEmpty()); // the demo accounts are named only where they exist
        model.addAttribute("demoAccounts", accounts);
        return "login";
    }
}
