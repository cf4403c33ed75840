package org.caseledger.api.store;

import org.caseledger.embedded.testing.GivenMongo;
import org.caseledger.embedded.testing.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Expired idempotency keys are deleted from the store, not only ignored; keys still within the TTL stay. */
class IdempotencyExpiryTest {

    @Test
    void keys_past_the_ttl_are_deleted_with_their_hour_buckets_and_younger_keys_and_reclaimed_keys_stay() {
        TestClock clock = new TestClock(Instant.parse("2026-11-27T08:20:00Z"));
        try (GivenMongo mongo = GivenMongo.open("caseledger")) {
            var connection = new MongoConnection(mongo.client, mongo.db, null, false, false);
            IdempotencyStore store = new IdempotencyStore(connection, clock, Duration.ofSeconds(30), Duration.ofHours(24));
            var keys = connection.database().getCollection("idempotency_keys");
            var buckets = connection.database().getCollection("idempotency_expiry");
            for (int i = 0; i < 200; i++) {
                store.claim("officer", "old-" + i, "POST", "/api/cases/LD-1/meetings", "{}", k -> Optional.empty());
            }
            clock.advance(Duration.ofHours(3));
            store.claim("officer", "young", "POST", "/api/cases/LD-1/meetings", "{}", k -> Optional.empty());
            assertThat(store.forgetExpired()).as("nothing is past the TTL yet").isZero();
            assertThat(keys.countDocuments()).isEqualTo(201);

            clock.advance(Duration.ofHours(22)); // the old keys are 25 h old, the young one 22 h
            // an old key used again after its TTL is a new claim, listed in this hour: it must survive the sweep
            store.claim("officer", "old-7", "POST", "/api/cases/LD-1/meetings", "{\"again\":1}", k -> Optional.empty());
            assertThat(store.forgetExpired()).isEqualTo(199);
            assertThat(keys.find().map(d -> d.getString("_id")).into(new java.util.ArrayList<>()))
                    .containsExactlyInAnyOrder("officer|young", "officer|old-7");
            assertThat(buckets.find().map(d -> d.getString("_id")).into(new java.util.ArrayList<>()))
                    .allMatch(id -> id.startsWith("2026-11-27T11") || id.startsWith("2026-11-28T09"));

            clock.advance(Duration.ofHours(48));
            assertThat(store.forgetExpired()).isEqualTo(2);
            assertThat(keys.countDocuments()).isZero();
            assertThat(buckets.countDocuments()).isZero();
        }
    }
}
