package org.caseledger.embedded.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.caseledger.embedded.EmbeddedMongo;

import java.util.UUID;

/**
 * Where the tests of every module find a MongoDB: a fresh in-process embedded server (in memory), or the MongoDB a user
 * gives with the {@code real-mongo} profile ({@code MONGODB_URI=… mvn -B -Preal-mongo -pl eventstore,projections -am test},
 * which sets {@code caseledger.test.mongodbUri}). On a given server each test gets a database of its own, dropped after
 * it; whether it commits in transactions (a replica set or a sharded cluster) is asked of the server ({@code hello}).
 */
public final class GivenMongo implements AutoCloseable {

    public static final String URI = System.getProperty("caseledger.test.mongodbUri", "");

    /** The embedded server, or null on a given MongoDB. */
    public final EmbeddedMongo server;
    public final MongoClient client;
    public final MongoDatabase db;
    public final boolean transactions;

    private GivenMongo(EmbeddedMongo server, MongoClient client, MongoDatabase db, boolean transactions) {
        this.server = server;
        this.client = client;
        this.db = db;
        this.transactions = transactions;
    }

    public static boolean isGiven() {
        return !URI.isBlank();
    }

    /** A database of this name on a fresh embedded server, or a database of its own on the given MongoDB. */
    public static GivenMongo open(String databaseName) {
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
