package org.caseledger.api.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.caseledger.embedded.EmbeddedMongo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The deployment is read from the server's own answer to hello, never from the URI. */
class MongoDeploymentTest {

    @Test
    void a_replica_set_names_its_set_a_mongos_says_isdbgrid_anything_else_is_standalone() {
        assertThat(MongoDeployment.of(new Document("isWritablePrimary", true).append("setName", "rs0"))).isEqualTo(MongoDeployment.REPLICA_SET);
        assertThat(MongoDeployment.of(new Document("isWritablePrimary", true).append("msg", "isdbgrid"))).isEqualTo(MongoDeployment.SHARDED);
        assertThat(MongoDeployment.of(new Document("isWritablePrimary", true))).isEqualTo(MongoDeployment.STANDALONE);
        assertThat(MongoDeployment.SHARDED.hasTransactions()).isTrue();
        assertThat(MongoDeployment.STANDALONE.hasTransactions()).isFalse();
    }

    @Test
    void the_embedded_server_answers_as_a_standalone_server() {
        try (EmbeddedMongo server = EmbeddedMongo.startInMemory(); MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(MongoDeployment.of(client)).isEqualTo(MongoDeployment.STANDALONE);
        }
    }
}
