package org.caseledger.api.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers, for a few minutes, which presented credentials matched which stored bcrypt hash. HTTP Basic sends
 * the password with every request, and a bcrypt check costs tens of milliseconds by design (it was a fifth of the
 * service's CPU in the benchmark profile). Only a SHA-256 of the presented password and the hash is kept, never the
 * password; failures are never remembered, so guessing still pays bcrypt every time.
 */
public final class VerifiedCredentialsCache implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Instant> verified;

    public VerifiedCredentialsCache(PasswordEncoder delegate, Duration ttl, int maxEntries, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
        this.verified = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public String encode(CharSequence raw) {
        return delegate.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        if (raw == null || encoded == null) {
            return false;
        }
        String key = sha256(encoded + "\u0000" + raw);
        Instant now = clock.instant();
        synchronized (verified) {
            Instant at = verified.get(key);
            if (at != null && at.plus(ttl).isAfter(now)) {
                return true;
            }
        }
        boolean ok = delegate.matches(raw, encoded);
        if (ok) {
            synchronized (verified) {
                verified.put(key, now);
            }
        }
        return ok;
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return delegate.upgradeEncoding(encoded);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
