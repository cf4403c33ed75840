package org.caseledger.api.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves the caller from the security context, whether HTTP Basic or JWT. The union body is looked up in the
 * registry (by name or code): a body it does not know gives an officer nothing to read and nothing to file.
 */
@Component
public class CurrentUser {

    private final Map<String, UsersProperties.User> configured;
    private final UnionBodyRegistry bodies;

    public CurrentUser(UsersProperties users, UnionBodyRegistry bodies) {
        this.configured = users.users().stream().collect(Collectors.toMap(UsersProperties.User::username, u -> u));
        this.bodies = bodies;
        for (UsersProperties.User u : users.users()) {
            if (u.unionBody() != null && bodies.find(u.unionBody()).isEmpty()) {
                throw new IllegalStateException("user " + u.username() + ": union body " + u.unionBody()
                        + " is not in caseledger.union-bodies");
            }
        }
    }

    public CaseledgerUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
        String claimed;
        if (auth.getPrincipal() instanceof Jwt jwt) {
            claimed = jwt.getClaimAsString("union_body");
        } else {
            UsersProperties.User user = configured.get(auth.getName());
            claimed = user == null ? null : user.unionBody();
        }
        String name = bodies.find(claimed).map(UnionBodyRegistry.Entry::name).orElse(null);
        return new CaseledgerUser(auth.getName(), roles, name, name == null ? Set.of() : bodies.selfAndBelow(name));
    }
}
