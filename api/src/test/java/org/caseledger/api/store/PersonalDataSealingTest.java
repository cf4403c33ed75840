package org.caseledger.api.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.caseledger.api.crypto.MasterKeys;
import org.caseledger.embedded.EmbeddedMongo;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The workers sealed in a batch of events, opened together: as each event opened alone, an erased worker included. */
class PersonalDataSealingTest {

    @Test
    void a_batch_opens_as_its_events_one_by_one_with_an_erased_worker_read_as_erased() {
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        try (EmbeddedMongo server = EmbeddedMongo.startInMemory(); MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase db = client.getDatabase("caseledger");
            PersonalDataKeys keys = new PersonalDataKeys(db, MasterKeys.of(Base64.getEncoder().encodeToString(master), List.of()));
            PersonalDataSealing sealing = new PersonalDataSealing(keys);
            List<Document> stored = new ArrayList<>();
            for (int c = 0; c < 150; c++) { // more than one lookup of a hundred keys
                stored.add(filing("C-" + c, c));
            }
            stored.add(new Document("aggregateType", "WageCase").append("aggregateId", "C-0").append("seq", 1L)
                    .append("payload", new Document("caseId", "C-0").append("note", "no person here")));
            sealing.sealAll(stored);
            assertThat(stored.get(0).toJson()).doesNotContain("工人");
            keys.erase("C-7", "W2");

            // a node that starts afresh: nothing cached
            PersonalDataSealing fresh = new PersonalDataSealing(new PersonalDataKeys(db,
                    MasterKeys.of(Base64.getEncoder().encodeToString(master), List.of())));
            List<Document> together = fresh.openAll(stored);
            List<Document> alone = stored.stream().map(new PersonalDataSealing(new PersonalDataKeys(db,
                    MasterKeys.of(Base64.getEncoder().encodeToString(master), List.of())))::open).toList();

            assertThat(together).isEqualTo(alone);
            assertThat(together.get(3).toJson()).contains("工人3-1", "工人3-2");
            assertThat(together.get(7).toJson()).contains("工人7-1").doesNotContain("工人7-2").contains(PersonalDataSealing.ERASED);
            assertThat(together.get(150)).isSameAs(stored.get(150));
        }
    }

    private static Document filing(String caseId, int n) {
        List<Document> claimants = new ArrayList<>();
        for (int w = 1; w <= 2; w++) {
            claimants.add(new Document("claimantId", "W" + w).append("personalData", new Document("name", "工人" + n + "-" + w)
                    .append("idCardNumber", null).append("phone", "1380000" + String.format("%04d", n))));
        }
        return new Document("aggregateType", "WageCase").append("aggregateId", caseId).append("seq", 0L)
                .append("payload", new Document("caseId", caseId).append("claimants", claimants));
    }
}
