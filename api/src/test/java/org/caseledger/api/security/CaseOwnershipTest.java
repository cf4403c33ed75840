package org.caseledger.api.security;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.caseledger.api.embedded.EmbeddedMongo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A case's owner is the union body of its filing; the cache of owners stays within its bound. */
class CaseOwnershipTest {

    @Test
    void owners_come_from_the_filing_and_the_cache_keeps_only_the_most_recent() {
        try (EmbeddedMongo server = EmbeddedMongo.startInMemory(); MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("caseledger").getCollection("events");
            for (int i = 1; i <= 5; i++) {
                events.insertOne(new Document("_id", (long) i).append("key", "C-" + i + "#0000000000")
                        .append("payloadType", "org.caseledger.core.intake.WageClaimFiled")
                        .append("payload", new Document("unionBody", new Document("name", "县总工会-" + i))));
            }
            events.insertOne(new Document("_id", 6L).append("key", "X-1#0000000000").append("payloadType", "something.Else")
                    .append("payload", new Document()));
            CaseOwnership ownership = new CaseOwnership(events, 3);

            for (int round = 0; round < 2; round++) {
                for (int i = 1; i <= 5; i++) {
                    assertThat(ownership.unionBodyOf("C-" + i)).contains("县总工会-" + i);
                    assertThat(ownership.cachedOwners()).isLessThanOrEqualTo(3);
                }
            }
            assertThat(ownership.unionBodyOf("X-1")).isEmpty();
            assertThat(ownership.unionBodyOf("none")).isEmpty();
            assertThat(ownership.cachedOwners()).isEqualTo(3);
        }
    }
}
