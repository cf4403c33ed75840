package org.caseledger.api.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.caseledger.api.config.StoreConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * Remembers the answer to each write sent with an {@code Idempotency-Key}: per user and key, the request's hash
 * and the response. A retry with the same key and body gets the first answer and appends nothing; the same key
 * with another body is refused. Claiming a key is an insert on the unique {@code _id}, so two copies of a request
 * racing each other cannot both run.
 * <p>
 * A crash between the append and remembering the answer must not block the key: the key (hashed) travels in the
 * metadata of the events its command appends, and a claim still unanswered after the lease
 * ({@code caseledger.idempotency.lease}) is settled from the store: its command's events found → the answer is rebuilt
 * and replayed; none → the retry runs the command. A key is forgotten after {@code caseledger.idempotency.ttl}.
 * <p>
 * Forgotten keys are deleted, not only ignored: each claim is also listed in an hour bucket
 * ({@code idempotency_expiry}, {@code <hour>#<part>}), and every {@code caseledger.idempotency.sweep-interval} the
 * buckets of hours past the TTL are read and their keys deleted by {@code _id $in}, the lookups the embedded server
 * serves from an index (it has no TTL index). The bucket collection stays small: TTL/hour × {@value #PARTS} documents.
 */
@Component
public class IdempotencyStore {

    /** A remembered answer. */
    public record Answer(int status, String contentType, String body, String location, String etag) {
    }

    /** Outcome of claiming a key. */
    public sealed interface Claim permits Claimed, Replay, Mismatch, InFlight {
    }

    /** The key is this request's: run it, with {@link #recordedKey} in the command's metadata. */
    public record Claimed(String recordedKey) implements Claim {
    }

    public record Replay(Answer answer) implements Claim {
    }

    public record Mismatch() implements Claim {
    }

    public record InFlight() implements Claim {
    }

    /** Whether a claimed request's command was recorded: its answer, rebuilt from the store, or empty. */
    @FunctionalInterface
    public interface Recorded extends Function<String, Optional<Answer>> {
    }

    /** Buckets per hour, so that no bucket document grows past a few thousand keys in a burst. */
    static final int PARTS = 16;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);

    private final MongoCollection<Document> keys;
    private final MongoCollection<Document> expiry;
    private final Duration lease;
    private final Duration ttl;
    private final Clock clock;

    public IdempotencyStore(MongoConnection connection, Clock clock,
                            @Value("${caseledger.idempotency.lease:30s}") Duration lease,
                            @Value("${caseledger.idempotency.ttl:24h}") Duration ttl) {
        this.keys = connection.database().getCollection("idempotency_keys");
        this.expiry = connection.database().getCollection("idempotency_expiry");
        this.clock = clock;
        this.lease = lease;
        this.ttl = ttl;
    }

    /**
     * Claims the key for this request. {@code recorded} looks in the store for the events of a command sent under the
     * key (given the recorded key): used only for a claim left unanswered past the lease (a crash).
     */
    public Claim claim(String user, String key, String method, String path, String body, Recorded recorded) {
        String id = id(user, key);
        String hash = hash(method + " " + path + "\n" + body);
        Instant now = clock.instant();
        try {
            listForExpiry(id, now); // first: a claim that is stored is always listed
            keys.insertOne(new Document("_id", id).append("hash", hash).append("created", Date.from(now)));
            return new Claimed(recordedKey(id));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document existing = keys.find(new Document("_id", id)).first();
        if (existing == null) {
            return new InFlight(); // released a moment ago by the request that held it: the client retries
        }
        Instant created = existing.getDate("created").toInstant();
        if (created.plus(ttl).isBefore(now)) {
            return retake(id, hash, existing, now); // an expired key is a new key
        }
        if (!hash.equals(existing.getString("hash"))) {
            return new Mismatch();
        }
        Document answer = existing.get("answer", Document.class);
        if (answer != null) {
            return new Replay(answerOf(answer));
        }
        if (created.plus(lease).isAfter(now)) {
            return new InFlight();
        }
        // unanswered past the lease: its request died between claiming and remembering; the store says what it did
        Optional<Answer> found = recorded.apply(recordedKey(id));
        if (found.isPresent()) {
            remember(user, key, found.get());
            return new Replay(found.get());
        }
        return retake(id, hash, existing, now);
    }

    /** Takes over a stale or expired claim, unless another request took it over first. */
    private Claim retake(String id, String hash, Document existing, Instant now) {
        listForExpiry(id, now);
        Document replaced = new Document("_id", id).append("hash", hash).append("created", Date.from(now));
        long taken = keys.replaceOne(new Document("_id", id).append("created", existing.getDate("created")), replaced,
                new ReplaceOptions()).getModifiedCount();
        return taken == 1 ? new Claimed(recordedKey(id)) : new InFlight();
    }

    private void listForExpiry(String id, Instant created) {
        String bucket = HOUR.format(created) + "#" + Math.floorMod(id.hashCode(), PARTS);
        expiry.updateOne(new Document("_id", bucket), new Document("$push", new Document("keys", id)), new UpdateOptions().upsert(true));
    }

    /**
     * Deletes the keys claimed in the hours that lie wholly past the TTL, and their buckets; a key claimed again since
     * (a new claim after expiry) is kept, it is listed in its new hour. Answers how many keys were deleted.
     */
    @Scheduled(initialDelayString = "${caseledger.idempotency.sweep-interval:10m}",
            fixedDelayString = "${caseledger.idempotency.sweep-interval:10m}")
    public long forgetExpired() {
        Instant cutoff = clock.instant().minus(ttl);
        String lastExpiredHour = HOUR.format(cutoff.minus(Duration.ofHours(1)));
        long deleted = 0;
        // the bucket collection is small by design: reading all of it is cheap
        for (Document bucket : expiry.find().into(new ArrayList<>())) {
            String id = bucket.getString("_id");
            if (id.substring(0, id.indexOf('#')).compareTo(lastExpiredHour) > 0) {
                continue;
            }
            List<String> listed = bucket.getList("keys", String.class, List.of());
            List<String> expired = new ArrayList<>();
            for (Document key : keys.find(new Document("_id", new Document("$in", listed)))) {
                if (key.getDate("created").toInstant().isBefore(cutoff)) {
                    expired.add(key.getString("_id"));
                }
            }
            if (!expired.isEmpty()) {
                deleted += keys.deleteMany(new Document("_id", new Document("$in", expired))).getDeletedCount();
            }
            expiry.deleteOne(new Document("_id", id));
        }
        return deleted;
    }

    public void remember(String user, String key, Answer answer) {
        keys.updateOne(new Document("_id", id(user, key)), new Document("$set", new Document("answer",
                new Document("status", answer.status()).append("contentType", answer.contentType()).append("body", answer.body())
                        .append("location", answer.location()).append("etag", answer.etag()))));
    }

    /** A failure that recorded nothing and may be retried (e.g. a concurrency conflict): the key is freed. */
    public void release(String user, String key) {
        keys.deleteOne(new Document("_id", id(user, key)));
    }

    private static Answer answerOf(Document answer) {
        return new Answer(answer.getInteger("status"), answer.getString("contentType"), answer.getString("body"),
                answer.getString("location"), answer.getString("etag"));
    }

    private static String id(String user, String key) {
        return user + "|" + key;
    }

    /** What the events carry: a hash, so the raw key (which a client may have made of anything) is not stored with them. */
    static String recordedKey(String id) {
        return hash("idempotency\n" + id).substring(0, 32);
    }

    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
