package org.caseledger.bench;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.caseledger.embedded.EmbeddedMongo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the benchmark's stores live: the embedded server on an H2 file per section (the service's default), or
 * the MongoDB of {@code MONGODB_URI} (or {@code -Dbench.mongodbUri}), in a database per section
 * ({@code bench_<section>}, dropped before use).
 */
final class Target {

    private static final Pattern URI = Pattern.compile("^(mongodb(?:\\+srv)?://[^/?]+)/?([^?]*)(\\?.*)?$");

    private final Path work;
    private final String uri;

    private Target(Path work, String uri) {
        this.work = work;
        this.uri = uri == null || uri.isBlank() ? null : uri;
    }

    static Target fromEnvironment(Path work) {
        return new Target(work, System.getProperty("bench.mongodbUri", System.getenv("MONGODB_URI")));
    }

    boolean embedded() {
        return uri == null;
    }

    String describe() {
        return embedded() ? "embedded mongo-java-server, H2 file backend (the service's default)"
                : "MongoDB at " + new ConnectionString(uri).getHosts() + " (MONGODB_URI), a database per section";
    }

    /** A raw server for the driver baseline and the peers: its client, and the database to use. */
    Raw raw(String section) {
        if (embedded()) {
            EmbeddedMongo server = EmbeddedMongo.startOnFile(work.resolve(section), "127.0.0.1", 0, 30_000);
            return new Raw(server, MongoClients.create(server.connectionString()), section);
        }
        MongoClient client = MongoClients.create(uri);
        client.getDatabase(database(section)).drop();
        return new Raw(null, client, database(section));
    }

    /** The benchmark's throwaway databases share one master key (not a secret: the data is generated). */
    static final String BENCH_MASTER_KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);

    /** The service's settings for a section's store; {@code durable} off means no per-append commit (embedded) or w:1 (MongoDB). */
    Map<String, Object> service(String section, boolean durable) {
        Map<String, Object> props = new LinkedHashMap<>();
        if (embedded()) {
            props.put("caseledger.embedded.data-dir", work.resolve(section));
            props.put("caseledger.embedded.durable-appends", durable);
        } else {
            try (MongoClient client = MongoClients.create(uri)) {
                client.getDatabase(database(section)).drop();
            }
            props.put("caseledger.mongodb-uri", withDatabase(uri, database(section), durable ? null : "w=1&journal=false"));
            props.put("caseledger.personal-data.master-key", BENCH_MASTER_KEY);
        }
        return props;
    }

    /** The same section's store again (a restart): nothing dropped. */
    Map<String, Object> reopen(String section) {
        return embedded() ? Map.of("caseledger.embedded.data-dir", work.resolve(section))
                : Map.of("caseledger.mongodb-uri", withDatabase(uri, database(section), null),
                "caseledger.personal-data.master-key", BENCH_MASTER_KEY);
    }

    /** Bytes the store takes for a database: the H2 file, or MongoDB's storage size. */
    static long storageBytes(MongoDatabase database) {
        Document stats = database.runCommand(new Document("dbStats", 1));
        Object size = stats.get("storageSize");
        return size instanceof Number n ? n.longValue() : -1;
    }

    private static String database(String section) {
        return "bench_" + section.replace('-', '_');
    }

    /** The URI with this database (and these options added), whatever database it named. */
    static String withDatabase(String uri, String database, String options) {
        Matcher m = URI.matcher(uri);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a mongodb:// URI: " + uri);
        }
        java.util.List<String> params = new java.util.ArrayList<>();
        if (m.group(3) != null && m.group(3).length() > 1) {
            params.addAll(java.util.List.of(m.group(3).substring(1).split("&")));
        }
        if (options != null) {
            // the options given replace the URI's write concern
            params.removeIf(p -> p.startsWith("w=") || p.startsWith("journal=") || p.startsWith("wtimeoutMS="));
            params.addAll(java.util.List.of(options.split("&")));
        }
        return m.group(1) + "/" + database + (params.isEmpty() ? "" : "?" + String.join("&", params));
    }

    /** A raw connection: close it after use (it stops the embedded server it started). */
    record Raw(EmbeddedMongo server, MongoClient client, String databaseName) implements AutoCloseable {
        MongoDatabase database() {
            return client.getDatabase(databaseName);
        }

        @Override
        public void close() {
            client.close();
            if (server != null) {
                server.close();
            }
        }
    }
}
