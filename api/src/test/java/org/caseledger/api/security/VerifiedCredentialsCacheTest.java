package org.caseledger.api.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedCredentialsCacheTest {

    /** Counts the bcrypt checks that really run. */
    static final class Counting implements PasswordEncoder {
        final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    @Test
    void a_verified_password_is_not_rechecked_within_the_ttl_and_a_wrong_one_always_is() {
        Counting bcrypt = new Counting();
        String hash = bcrypt.encode("secret");
        AtomicLong nanos = new AtomicLong();
        VerifiedCredentialsCache cache = new VerifiedCredentialsCache(bcrypt, Duration.ofMinutes(5), 100, nanos::get);

        assertThat(cache.matches("secret", hash)).isTrue();
        assertThat(cache.matches("secret", hash)).isTrue();
        assertThat(bcrypt.checks.get()).isEqualTo(1);
        assertThat(cache.matches("wrong", hash)).isFalse();
        assertThat(cache.matches("wrong", hash)).isFalse();
        assertThat(bcrypt.checks.get()).isEqualTo(3);

        nanos.addAndGet(Duration.ofMinutes(6).toNanos()); // past the 5-minute TTL: checked again
        assertThat(cache.matches("secret", hash)).isTrue();
        assertThat(bcrypt.checks.get()).isEqualTo(4);
    }
}
