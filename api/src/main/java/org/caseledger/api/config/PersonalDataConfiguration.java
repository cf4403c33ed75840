package org.caseledger.api.config;

import org.caseledger.api.crypto.MasterKeys;
import org.caseledger.api.store.PersonalDataSealing;
import org.caseledger.api.store.PersonalDataKeys;
import com.mongodb.client.MongoDatabase;
import org.caseledger.api.settings.CaseledgerProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the master key comes from: {@code CASELEDGER_MASTER_KEY} ({@code caseledger.personal-data.master-key}, base64 of
 * 32 bytes) or {@code caseledger.personal-data.master-key-file}; with neither, on the embedded store a file in its data
 * directory ({@code master.key}, generated and logged), on the in-memory store a key for the run; on {@code MONGODB_URI}
 * the service refuses to start without one. Earlier keys ({@code previous-master-keys}) are accepted until every
 * claimant's key is re-wrapped under the current one, which happens at start.
 */
@Configuration(proxyBeanMethods = false)
public class PersonalDataConfiguration {

    @Bean
    public MasterKeys masterKeys(CaseledgerProperties properties,
                                 @Value("${caseledger.personal-data.master-key:}") String key,
                                 @Value("${caseledger.personal-data.master-key-file:}") String keyFile,
                                 @Value("${caseledger.personal-data.previous-master-keys:}") List<String> previous) {
        List<String> earlier = previous.stream().filter(p -> !p.isBlank()).toList();
        if (!key.isBlank()) {
            return MasterKeys.of(key, earlier);
        }
        if (!keyFile.isBlank()) {
            return MasterKeys.fromFile(Path.of(keyFile), earlier);
        }
        if (!properties.useEmbedded()) {
            throw new IllegalStateException("on MONGODB_URI the personal-data master key must be configured: CASELEDGER_MASTER_KEY "
                    + "(base64 of 32 random bytes, e.g. openssl rand -base64 32) or caseledger.personal-data.master-key-file");
        }
        return properties.embedded().inMemory() ? MasterKeys.ephemeral()
                : MasterKeys.fromFile(properties.embedded().dataDir().resolve("master.key"), earlier);
    }

    @Bean
    public PersonalDataKeys personalDataKeys(MongoDatabase database, MasterKeys master) {
        PersonalDataKeys keys = new PersonalDataKeys(database, master);
        keys.rotate();
        return keys;
    }

    /** 附件: the files of the cases, sealed under their person's key (GridFS on the same database). */
    @Bean
    public org.caseledger.api.store.AttachmentStore attachmentStore(MongoDatabase database, PersonalDataKeys keys) {
        return new org.caseledger.api.store.AttachmentStore(database, keys);
    }

    @Bean
    public PersonalDataSealing personalDataSealing(PersonalDataKeys keys) {
        return new PersonalDataSealing(keys);
    }

    /**
     * The erasures and their ledger: {@code caseledger.personal-data.erasure-ledger}, by default beside the embedded
     * store's file ({@code erasure-ledger.tsv}, not in its backups); none in memory; on {@code MONGODB_URI} only when
     * configured (a restore there is the operator's, and the ledger tells what to erase again).
     */
    @Bean
    public org.caseledger.api.personal.Erasures erasures(org.caseledger.api.cases.CommandService commands, PersonalDataKeys keys,
                                                         org.caseledger.api.store.MongoConnection connection, CaseledgerProperties properties,
                                                         @Value("${caseledger.personal-data.erasure-ledger:}") String ledger, java.time.Clock clock) {
        Path file = !ledger.isBlank() ? Path.of(ledger)
                : properties.useEmbedded() && !properties.embedded().inMemory() ? properties.embedded().dataDir().resolve("erasure-ledger.tsv") : null;
        if (file == null && !properties.useEmbedded()) {
            org.slf4j.LoggerFactory.getLogger(PersonalDataConfiguration.class).warn("no erasure ledger (caseledger.personal-data.erasure-ledger): "
                    + "a database restored from a backup older than an erasure brings the person back until erased again");
        }
        return new org.caseledger.api.personal.Erasures(commands, keys, connection, file, clock);
    }

    /** At start, once the service is up: people erased since the store's backup was taken are erased again. */
    @Bean
    public org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationReadyEvent> erasuresReapplied(
            org.caseledger.api.personal.Erasures erasures) {
        return ready -> erasures.reapply();
    }
}
