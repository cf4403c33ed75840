package org.caseledger.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.caseledger.embedded.EmbeddedMongo;

import java.util.UUID;

/**
 * Where the store's contract tests run: the in-process embedded server, or the MongoDB a user gives with the
 * {@code real-mongo} profile ({@code MONGODB_URI=… mvn -B -Preal-mongo -pl eventstore -am test}, which sets
 * {@code caseledger.test.mongodbUri}). On a given server each test gets a database of its own, dropped after it; a
 * replica set or a sharded cluster (asked of the server, {@code hello}) commits several events in a transaction, as
 * the service does.
 */
final class GivenMongo implements AutoCloseable {

    static final String URI = System.getProperty("caseledger.test.mongodbUri", "");

    final EmbeddedMongo server;
    final MongoClient client;
    final MongoDatabase db;
    final boolean transactions;

    private GivenMongo(EmbeddedMongo server, MongoClient client, MongoDatabase db, boolean transactions) {
        this.server = server;
        this.client = client;
        this.db = db;
        this.transactions = transactions;
    }

    static boolean isGiven() {
        return !URI.isBlank();
    }

    static GivenMongo open(String databaseName) {
        if (!isGiven()) {
            EmbeddedMongo server = EmbeddedMongo.startInMemory();
            MongoClient client = MongoClients.create(server.connectionString());
            return new GivenMongo(server, client, client.getDatabase(databaseName), false);
        }
        if (URI.startsWith("${")) {
            throw new IllegalStateException("the real-mongo profile needs MONGODB_URI, e.g. mongodb://db1,db2,db3/?replicaSet=rs0");
        }
        MongoClient client = MongoClients.create(URI);
        Document hello;
        try {
            hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
        } catch (com.mongodb.MongoException olderServer) {
            hello = client.getDatabase("admin").runCommand(new Document("isMaster", 1));
        }
        boolean transactions = hello.getString("setName") != null || "isdbgrid".equals(hello.getString("msg"));
        return new GivenMongo(null, client, client.getDatabase("caseledger_contract_" + UUID.randomUUID().toString().substring(0, 8)),
                transactions);
    }

    AppendDurability durability() {
        return server != null ? server::awaitDurable : AppendDurability.WRITE_CONCERN;
    }

    @Override
    public void close() {
        if (server == null) {
            db.drop();
        }
        client.close();
        if (server != null) {
            server.close();
        }
    }
}
