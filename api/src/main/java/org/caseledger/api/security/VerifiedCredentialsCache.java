package org.caseledger.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Remembers, for a few minutes, which presented credentials matched which stored bcrypt hash. HTTP Basic sends
 * the password with every request, and a bcrypt check costs tens of milliseconds by design (it was a fifth of the
 * service's CPU in the benchmark profile). Only a SHA-256 of the presented password and the hash is kept, never the
 * password; failures are never remembered, so guessing still pays bcrypt every time.
 */
public final class VerifiedCredentialsCache implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Cache<String, Boolean> verified;

    public VerifiedCredentialsCache(PasswordEncoder delegate, java.time.Duration ttl, int maxEntries, Ticker ticker) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(ttl).ticker(ticker).build();
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
        if (verified.getIfPresent(key) != null) {
            return true;
        }
        boolean ok = delegate.matches(raw, encoded);
        if (ok) {
            verified.put(key, Boolean.TRUE);
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
