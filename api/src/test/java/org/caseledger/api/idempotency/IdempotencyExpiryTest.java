package org.caseledger.api.idempotency;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.caseledger.api.config.StoreConfiguration;
import org.caseledger.embedded.EmbeddedMongo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Expired idempotency keys are deleted from the store, not only ignored; keys still within the TTL stay. */
class IdempotencyExpiryTest {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-27T08:20:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void keys_past_the_ttl_are_deleted_with_their_hour_buckets_and_younger_keys_and_reclaimed_keys_stay() {
        MovingClock clock = new MovingClock();
        try (EmbeddedMongo server = EmbeddedMongo.startInMemory(); MongoClient client = MongoClients.create(server.connectionString())) {
            var connection = new StoreConfiguration.MongoConnection(client, client.getDatabase("caseledger"), null, false, false);
            IdempotencyStore store = new IdempotencyStore(connection, clock, Duration.ofSeconds(30), Duration.ofHours(24));
            var keys = connection.database().getCollection("idempotency_keys");
            var buckets = connection.database().getCollection("idempotency_expiry");
            for (int i = 0; i < 200; i++) {
                store.claim("officer", "old-" + i, "POST", "/api/cases/LD-1/meetings", "{}", k -> Optional.empty());
            }
            clock.now = clock.now.plus(Duration.ofHours(3));
            store.claim("officer", "young", "POST", "/api/cases/LD-1/meetings", "{}", k -> Optional.empty());
            assertThat(store.forgetExpired()).as("nothing is past the TTL yet").isZero();
            assertThat(keys.countDocuments()).isEqualTo(201);

            clock.now = clock.now.plus(Duration.ofHours(22)); // the old keys are 25 h old, the young one 22 h
            // an old key used again after its TTL is a new claim, listed in this hour: it must survive the sweep
            store.claim("officer", "old-7", "POST", "/api/cases/LD-1/meetings", "{\"again\":1}", k -> Optional.empty());
            assertThat(store.forgetExpired()).isEqualTo(199);
            assertThat(keys.find().map(d -> d.getString("_id")).into(new java.util.ArrayList<>()))
                    .containsExactlyInAnyOrder("officer|young", "officer|old-7");
            assertThat(buckets.find().map(d -> d.getString("_id")).into(new java.util.ArrayList<>()))
                    .allMatch(id -> id.startsWith("2026-11-27T11") || id.startsWith("2026-11-28T09"));

            clock.now = clock.now.plus(Duration.ofHours(48));
            assertThat(store.forgetExpired()).isEqualTo(2);
            assertThat(keys.countDocuments()).isZero();
            assertThat(buckets.countDocuments()).isZero();
        }
    }
}
