package org.caseledger.api.crypto;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signatures are checked against the configured keys only, each in its period (a rotation keeps old anchors checkable). */
class TrustedKeysTest {

    static final AnchorSigner OLD = AnchorSigner.ephemeral();
    static final AnchorSigner CURRENT = AnchorSigner.ephemeral();
    static final AnchorSigner ATTACKER = AnchorSigner.ephemeral();

    @Test
    void a_statement_signed_by_a_key_the_service_does_not_trust_is_untrusted_though_its_signature_holds() {
        TrustedKeys trusted = TrustedKeys.of(CURRENT.publicKey(), List.of());
        Instant now = Instant.parse("2026-12-06T00:00:00Z");
        assertThat(trusted.check(CURRENT.publicKey(), "text", CURRENT.sign("text"), now)).isEqualTo(TrustedKeys.Verdict.TRUSTED);
        assertThat(trusted.check(ATTACKER.publicKey(), "text", ATTACKER.sign("text"), now)).isEqualTo(TrustedKeys.Verdict.UNTRUSTED_KEY);
        assertThat(trusted.check(CURRENT.publicKey(), "other text", CURRENT.sign("text"), now)).isEqualTo(TrustedKeys.Verdict.BAD_SIGNATURE);
        assertThat(trusted.check(null, "text", null, now)).isEqualTo(TrustedKeys.Verdict.BAD_SIGNATURE);
    }

    @Test
    void a_rotated_key_is_trusted_for_what_it_signed_in_its_period_only() {
        TrustedKeys trusted = TrustedKeys.of(CURRENT.publicKey(), List.of(OLD.publicKey() + " 2025-01-01 2026-07-01"));
        assertThat(trusted.check(OLD.publicKey(), "a", OLD.sign("a"), Instant.parse("2026-03-01T00:00:00Z"))).isEqualTo(TrustedKeys.Verdict.TRUSTED);
        assertThat(trusted.check(OLD.publicKey(), "a", OLD.sign("a"), Instant.parse("2026-08-01T00:00:00Z")))
                .as("signed after the key was retired").isEqualTo(TrustedKeys.Verdict.UNTRUSTED_KEY);
        assertThatThrownBy(() -> TrustedKeys.of(CURRENT.publicKey(), List.of("a b"))).hasMessageContaining("trusted-public-keys");
    }
}
