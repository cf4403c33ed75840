package org.caseledger.api.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.caseledger.api.config.StoreConfiguration;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;

/**
 * Remembers the answer to each write sent with an {@code Idempotency-Key}: per user and key, the request's hash
 * and the response. A retry with the same key and body gets the first answer and appends nothing; the same key
 * with another body is refused. Claiming a key is an insert on the unique {@code _id}, so two copies of a request
 * racing each other cannot both run.
 */
@Component
public class IdempotencyStore {

    /** A remembered answer. */
    public record Answer(int status, String contentType, String body, String location, String etag) {
    }

    /** Outcome of claiming a key. */
    public sealed interface Claim permits Claimed, Replay, Mismatch, InFlight {
    }

    public record Claimed() implements Claim {
    }

    public record Replay(Answer answer) implements Claim {
    }

    public record Mismatch() implements Claim {
    }

    public record InFlight() implements Claim {
    }

    private final MongoCollection<Document> keys;

    public IdempotencyStore(StoreConfiguration.MongoConnection connection) {
        this.keys = connection.database().getCollection("idempotency_keys");
    }

    public Claim claim(String user, String key, String method, String path, String body) {
        String id = user + "|" + key;
        String hash = hash(method + " " + path + "\n" + body);
        try {
            keys.insertOne(new Document("_id", id).append("hash", hash).append("created", new Date()));
            return new Claimed();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document existing = keys.find(new Document("_id", id)).first();
        if (existing == null) {
            return new InFlight();
        }
        if (!hash.equals(existing.getString("hash"))) {
            return new Mismatch();
        }
        Document answer = existing.get("answer", Document.class);
        return answer == null ? new InFlight() : new Replay(new Answer(answer.getInteger("status"), answer.getString("contentType"),
                answer.getString("body"), answer.getString("location"), answer.getString("etag")));
    }

    public void remember(String user, String key, Answer answer) {
        keys.updateOne(new Document("_id", user + "|" + key), new Document("$set", new Document("answer",
                new Document("status", answer.status()).append("contentType", answer.contentType()).append("body", answer.body())
                        .append("location", answer.location()).append("etag", answer.etag()))));
    }

    /** A failure that recorded nothing and may be retried (e.g. a concurrency conflict): the key is freed. */
    public void release(String user, String key) {
        keys.deleteOne(new Document("_id", user + "|" + key));
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
