package org.caseledger.api.security;

import org.caseledger.api.settings.CaseledgerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The demo users' passwords are published in the README: the service refuses to start with any of them on a real
 * MongoDB ({@code MONGODB_URI}), where a deployment's cases live. On the embedded store they are allowed (a demo); a
 * throwaway MongoDB (a benchmark) may allow them explicitly with {@code caseledger.security.allow-demo-passwords=true}.
 */
@Component
public class DemoPasswordsGuard {

    private static final Logger log = LoggerFactory.getLogger(DemoPasswordsGuard.class);
    static final List<String> DEMO_PASSWORDS = List.of("ludian-demo", "pingliang-demo", "zhaotong-demo", "zhaoyang-demo", "dawukou-demo", "gansu-demo", "zhangye-demo", "minle-demo", "yongchuan-demo", "auditor-demo", "dashboard-demo", "admin-demo");

    public DemoPasswordsGuard(UsersProperties users, CaseledgerProperties properties,
                              @org.springframework.beans.factory.annotation.Value("${caseledger.security.allow-demo-passwords:false}")
                              boolean allowed) {
        if (users.users().isEmpty()) {
            log.warn("No users configured: set caseledger.security.users, a JWT issuer, or --spring.profiles.active=demo to try it");
            return;
        }
        if (properties.useEmbedded() || allowed) {
            return; // nothing to refuse: no bcrypt checks at start (each costs tens of milliseconds by design)
        }
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        List<String> demo = users.users().stream()
                .filter(u -> u.passwordHash() != null && DEMO_PASSWORDS.stream().anyMatch(p -> bcrypt.matches(p, u.passwordHash())))
                .map(UsersProperties.User::username).toList();
        if (!demo.isEmpty()) {
            throw new IllegalStateException("users " + demo + " have a published demo password; on MONGODB_URI set their own "
                    + "bcrypt password-hash (or leave the demo profile off)");
        }
    }
}
