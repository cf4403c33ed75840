package org.caseledger.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.caseledger.api.support.Cases;
import org.caseledger.core.intake.FileWageClaim;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.UnionLevel;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.supervision.JointMechanismActivated;
import org.caseledger.core.supervision.JointPartner;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.embedded.EmbeddedMongo;
import org.caseledger.eventstore.KeyedEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case's owner is the union body of its filing, read without opening the filing's personal data; the cache of owners
 * stays within its bound.
 */
class CaseOwnershipTest {

    @Test
    void owners_come_from_the_filing_and_the_cache_keeps_only_the_most_recent() {
        try (EmbeddedMongo server = EmbeddedMongo.startInMemory(); MongoClient client = MongoClients.create(server.connectionString())) {
            JacksonSerializer json = JacksonSerializer.builder()
                    .objectMapper(new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).build();
            java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
            KeyedEventStorageEngine store = KeyedEventStorageEngine.builder().mongo(client, client.getDatabase("caseledger"))
                    .eventSerializer(json).snapshotSerializer(json).protection(new org.caseledger.eventstore.PayloadProtection() {
                        @Override
                        public void seal(org.bson.Document event) {
                        }

                        @Override
                        public org.bson.Document open(org.bson.Document event) {
                            opened.incrementAndGet(); // what would decrypt the filing's claimants
                            return event;
                        }
                    }).build();
            for (int i = 1; i <= 5; i++) {
                FileWageClaim c = Cases.file("C-" + i);
                UnionBody body = new UnionBody("县总工会-" + i, UnionLevel.COUNTY, RegionCode.of("530621"));
                store.appendEvents(new GenericDomainEventMessage<>("WageCase", "C-" + i, 0, new WageClaimFiled(c.caseId(), body,
                        c.industry(), c.channel(), c.workOrderNo(), c.claimants(), c.obligors(), c.employmentEnded(),
                        c.employmentEndedOn(), c.employmentEnded() ? c.employmentEndedOn().plusYears(1) : null, c.occurredOn())));
            }
            store.appendEvents(List.of(new GenericDomainEventMessage<>("WageCase", "X-1", 0,
                    new JointMechanismActivated(CaseId.of("X-1"), Set.of(JointPartner.COURT), Cases.FILED))));
            CaseOwnership ownership = new CaseOwnership(store, 3);

            for (int round = 0; round < 2; round++) {
                for (int i = 1; i <= 5; i++) {
                    assertThat(ownership.unionBodyOf("C-" + i)).contains("县总工会-" + i);
                    assertThat(ownership.cachedOwners()).isLessThanOrEqualTo(3);
                }
            }
            assertThat(ownership.unionBodyOf("X-1")).as("a stream that does not start with a filing has no owner").isEmpty();
            assertThat(ownership.unionBodyOf("none")).isEmpty();
            assertThat(ownership.cachedOwners()).isEqualTo(3);
            assertThat(opened).as("filings opened (their claimants decrypted) to learn an owner").hasValue(0);
        }
    }
}
