package org.caseledger.api.config;

import org.caseledger.api.crypto.AnchorSigner;
import org.caseledger.api.store.Anchors;
import com.mongodb.client.MongoDatabase;
import org.caseledger.api.settings.CaseledgerProperties;
import org.caseledger.eventstore.KeyedEventStorageEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The anchor signing key: {@code caseledger.integrity.signing-key-file} when set; otherwise a file in the embedded
 * store's data directory ({@code anchor-signing.key}), generated on first start; a key for this run only on the
 * in-memory store.
 */
@Configuration(proxyBeanMethods = false)
public class IntegrityConfiguration {

    @Bean
    public AnchorSigner anchorSigner(CaseledgerProperties properties, @Value("${caseledger.integrity.signing-key-file:}") String keyFile) {
        if (!keyFile.isBlank()) {
            return AnchorSigner.fromFile(Path.of(keyFile));
        }
        if (properties.useEmbedded() && properties.embedded().inMemory()) {
            return AnchorSigner.ephemeral();
        }
        return AnchorSigner.fromFile(properties.embedded().dataDir().resolve("anchor-signing.key"));
    }

    /** The keys an anchor may be signed with: the signer's and {@code caseledger.integrity.trusted-public-keys}. */
    @Bean
    public org.caseledger.api.crypto.TrustedKeys trustedKeys(AnchorSigner signer,
                                                             @Value("${caseledger.integrity.trusted-public-keys:}") java.util.List<String> configured) {
        return org.caseledger.api.crypto.TrustedKeys.of(signer.publicKey(), configured);
    }

    @Bean
    public Anchors anchors(KeyedEventStorageEngine engine, MongoDatabase database, AnchorSigner signer,
                           org.caseledger.api.crypto.TrustedKeys trusted, Clock clock) {
        return new Anchors(engine, database, signer, trusted, clock);
    }

    /** Where the two keys are, against the data directory: warned at start, shown in readiness's details. */
    @Bean
    public org.caseledger.api.integrity.KeyPlacement keyPlacement(CaseledgerProperties properties,
                                                                  @Value("${caseledger.integrity.signing-key-file:}") String signingKeyFile,
                                                                  @Value("${caseledger.personal-data.master-key:}") String masterKey,
                                                                  @Value("${caseledger.personal-data.master-key-file:}") String masterKeyFile) {
        boolean onDisk = properties.useEmbedded() && !properties.embedded().inMemory();
        Path dataDir = onDisk ? properties.embedded().dataDir() : null;
        Path signing = !signingKeyFile.isBlank() ? Path.of(signingKeyFile) : onDisk ? dataDir.resolve("anchor-signing.key") : null;
        Path master = !masterKey.isBlank() ? null : !masterKeyFile.isBlank() ? Path.of(masterKeyFile) : onDisk ? dataDir.resolve("master.key") : null;
        org.caseledger.api.integrity.KeyPlacement placement = org.caseledger.api.integrity.KeyPlacement.of(dataDir,
                java.util.List.of(java.util.Map.entry("anchor signing key", signing == null ? Path.of("") : signing),
                        java.util.Map.entry("personal-data master key", master == null ? Path.of("") : master)).stream()
                        .filter(e -> !e.getValue().toString().isEmpty()).toList());
        placement.warnings().forEach(w -> org.slf4j.LoggerFactory.getLogger(IntegrityConfiguration.class).warn(w));
        return placement;
    }
}
