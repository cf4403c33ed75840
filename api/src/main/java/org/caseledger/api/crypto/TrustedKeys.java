package org.caseledger.api.crypto;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The public keys an anchor may be signed with: the service's own signing key and the keys of
 * {@code caseledger.integrity.trusted-public-keys} (earlier keys after a rotation, each with the period it signed in).
 * A statement is checked only against these — never against a key found in the data, which whoever can write the
 * database can replace along with the signature.
 */
public final class TrustedKeys {

    /** A key and the period it may have signed in (null: open). */
    public record Key(String publicKey, Instant from, Instant until) {

        boolean validAt(Instant t) {
            return (from == null || !t.isBefore(from)) && (until == null || t.isBefore(until));
        }
    }

    /** What a signed statement is: signed by a trusted key in its period, or not. */
    public enum Verdict {
        /** signed by a trusted key valid when the statement was made */
        TRUSTED,
        /** the signature holds, but under a key that is not trusted (or not in its period): forged */
        UNTRUSTED_KEY,
        /** the signature does not hold under the key it names */
        BAD_SIGNATURE
    }

    private final List<Key> keys;

    private TrustedKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    /**
     * The signer's key (open period unless configured with one) and the configured ones, each {@code <base64>} or
     * {@code <base64> <from> <until>} with days ({@code 2026-01-01}) or instants, {@code -} for an open end.
     */
    public static TrustedKeys of(String signerPublicKey, List<String> configured) {
        List<Key> keys = new ArrayList<>();
        boolean signerListed = false;
        for (String line : configured) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            String[] parts = text.split("\\s+");
            if (parts.length != 1 && parts.length != 3) {
                throw new IllegalArgumentException("caseledger.integrity.trusted-public-keys: expected '<base64>' or '<base64> <from> <until>', got '"
                        + text + "'");
            }
            Key key = new Key(parts[0], parts.length == 3 ? instant(parts[1]) : null, parts.length == 3 ? instant(parts[2]) : null);
            signerListed |= key.publicKey().equals(signerPublicKey);
            keys.add(key);
        }
        if (!signerListed && signerPublicKey != null) {
            keys.add(new Key(signerPublicKey, null, null));
        }
        return new TrustedKeys(keys);
    }

    private static Instant instant(String text) {
        if (text.equals("-")) {
            return null;
        }
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
    }

    public List<Key> keys() {
        return keys;
    }

    /** Whether {@code signature} over {@code text}, made at {@code signedAt}, is by a trusted key that names itself {@code publicKey}. */
    public Verdict check(String publicKey, String text, String signature, Instant signedAt) {
        // the signature is verified with the configured key's bytes, never with what the document carries
        for (Key key : keys) {
            if (key.publicKey().equals(publicKey) && key.validAt(signedAt) && AnchorSigner.verify(key.publicKey(), text, signature)) {
                return Verdict.TRUSTED;
            }
        }
        return AnchorSigner.verify(publicKey, text, signature) ? Verdict.UNTRUSTED_KEY : Verdict.BAD_SIGNATURE;
    }
}
