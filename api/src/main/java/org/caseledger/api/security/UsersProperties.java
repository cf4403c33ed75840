package org.caseledger.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Users of the HTTP Basic mode, from configuration: name, bcrypt hash, roles and (officers) union body.
 * With {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} set, JWTs are accepted too: roles from the
 * {@code roles} claim, the union body from {@code union_body}.
 */
@ConfigurationProperties(prefix = "caseledger.security")
public record UsersProperties(List<User> users) {

    public UsersProperties {
        users = users == null ? List.of() : users;
    }

    public record User(String username, String passwordHash, List<String> roles, String unionBody) {
    }
}
