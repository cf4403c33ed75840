package org.caseledger.api.store;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import org.bson.Document;

/**
 * What kind of MongoDB the service talks to, asked of the server itself ({@code hello}, or {@code isMaster} on servers
 * older than 4.4/5.0), never read from the URI's text: a replica set (it names its set), a sharded cluster (a mongos
 * answers {@code msg: "isdbgrid"}), or a standalone server. Transactions, and so atomic commits of several events, exist
 * on the first two.
 */
public enum MongoDeployment {
    STANDALONE, REPLICA_SET, SHARDED;

    public boolean hasTransactions() {
        return this != STANDALONE;
    }

    public static MongoDeployment of(MongoClient client) {
        Document hello;
        try {
            hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
        } catch (MongoException unknownCommand) {
            hello = client.getDatabase("admin").runCommand(new Document("isMaster", 1));
        }
        return of(hello);
    }

    static MongoDeployment of(Document hello) {
        if ("isdbgrid".equals(hello.getString("msg"))) {
            return SHARDED;
        }
        return hello.getString("setName") != null ? REPLICA_SET : STANDALONE;
    }
}
