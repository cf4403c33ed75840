package org.caseledger.api.security;

import org.caseledger.api.support.Node;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo users come only with the demo profile, and never onto a real MongoDB. */
class DemoPasswordsGuardTest {

    @Test
    void without_the_demo_profile_there_are_no_demo_users() {
        try (Node node = Node.start(Map.of("caseledger.deadlines.sweep-enabled", false))) {
            assertThat(node.bean(UsersProperties.class).users()).isEmpty();
        }
    }

    @Test
    void the_service_refuses_to_start_on_mongodb_uri_with_a_demo_password() {
        try (Node store = Node.start(Map.of("caseledger.deadlines.sweep-enabled", false))) {
            Map<String, Object> onUri = Map.of("caseledger.mongodb-uri", store.embeddedConnectionString(),
                    "caseledger.deadlines.sweep-enabled", false, "spring.profiles.active", "demo");
            assertThatThrownBy(() -> Node.start(onUri).close())
                    .hasStackTraceContaining("published demo password");
            // a throwaway MongoDB (a benchmark) may allow them explicitly
            Map<String, Object> allowed = new java.util.HashMap<>(onUri);
            allowed.put("caseledger.security.allow-demo-passwords", true);
            try (Node node = Node.start(allowed)) {
                assertThat(node.bean(UsersProperties.class).users()).hasSize(DemoPasswordsGuard.DEMO_PASSWORDS.size());
            }
        }
    }
}
