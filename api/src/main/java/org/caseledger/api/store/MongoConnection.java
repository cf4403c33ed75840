package org.caseledger.api.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.caseledger.embedded.EmbeddedMongo;
import org.caseledger.eventstore.AppendDurability;

/** The database connection, and the embedded server behind it when there is one. */
public record MongoConnection(MongoClient client, MongoDatabase database, EmbeddedMongo embedded, boolean replicaSet,
                              boolean durableAppends) implements AutoCloseable {

    public AppendDurability durability() {
        return embedded == null || !durableAppends ? AppendDurability.WRITE_CONCERN : embedded::awaitDurable;
    }

    @Override
    public void close() {
        client.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
