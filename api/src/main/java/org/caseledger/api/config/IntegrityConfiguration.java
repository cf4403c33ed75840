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

    @Bean
    public Anchors anchors(KeyedEventStorageEngine engine, MongoDatabase database, AnchorSigner signer, Clock clock) {
        return new Anchors(engine, database, signer, clock);
    }
}
