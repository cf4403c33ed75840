package org.caseledger.api.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Resolves the caller from the security context, whether HTTP Basic or JWT. */
@Component
public class CurrentUser {

    private final Map<String, UsersProperties.User> configured;

    public CurrentUser(UsersProperties users) {
        this.configured = users.users().stream().collect(Collectors.toMap(UsersProperties.User::username, u -> u));
    }

    public CaseledgerUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
        if (auth.getPrincipal() instanceof Jwt jwt) {
            return new CaseledgerUser(jwt.getSubject(), roles, jwt.getClaimAsString("union_body"));
        }
        UsersProperties.User user = configured.get(auth.getName());
        return new CaseledgerUser(auth.getName(), roles, user == null ? null : user.unionBody());
    }
}
