package org.caseledger.api.store;

import org.caseledger.api.crypto.MasterKeys;
import org.caseledger.api.crypto.Aead;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * One AES-256 key per claimant of a case ({@code personal_keys}, id {@code <case>/<claimant>}), kept wrapped under the
 * master key. Erasing a person deletes the key: what was sealed under it can no longer be opened by anyone, while the
 * sealed bytes, the amounts and the hash chain stay as they were.
 */
public final class PersonalDataKeys {

    private final MongoCollection<Document> keys;
    private final MasterKeys master;
    /** Unwrapped keys of recent use; an erased key leaves it at once on this node, on others within ten minutes. */
    private final Cache<String, byte[]> cache = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(java.time.Duration.ofMinutes(10)).build();

    public PersonalDataKeys(MongoDatabase database, MasterKeys master) {
        this.keys = database.getCollection("personal_keys");
        this.master = master;
    }

    static String idOf(String caseId, String claimantId) {
        return caseId + "/" + claimantId;
    }

    /**
     * The key of the people's blind index (made at random on first use, stored wrapped under the master key like the
     * persons' keys, so a rotation of the master key keeps it and the index stays valid; never erased).
     */
    public byte[] blindIndexKey() {
        return keyFor("caseledger/blind-index");
    }

    /**
     * The key a case's attachment is sealed under: the worker's own when the file is his (erasing him makes it
     * unreadable), else the case's key for its documents.
     */
    public byte[] attachmentKey(String caseId, String claimantId) {
        return keyFor(idOf(caseId, claimantId == null ? PersonalDataSealing.CASE_DOCUMENTS : claimantId));
    }

    /** The key an attachment was sealed under, or empty when its person was erased. */
    public Optional<byte[]> findAttachmentKey(String caseId, String claimantId) {
        return find(idOf(caseId, claimantId == null ? PersonalDataSealing.CASE_DOCUMENTS : claimantId));
    }

    /**
     * Makes the keys of many persons at once (a list of workers joining a case): those stored are read ({@link #findAll}),
     * the missing ones made and stored in one write; all are then at hand for sealing.
     */
    void prepare(java.util.Collection<String> ids) {
        java.util.List<Document> made = new java.util.ArrayList<>();
        java.util.Map<String, byte[]> fresh = new java.util.HashMap<>();
        findAll(ids).forEach((id, stored) -> {
            if (stored.isEmpty()) {
                byte[] key = Aead.randomKey();
                fresh.put(id, key);
                made.add(new Document("_id", id).append("wrapped", new Binary(Aead.seal(master.current(), key, id)))
                        .append("master", master.currentId()).append("createdAt", Date.from(Instant.now())));
            }
        });
        if (made.isEmpty()) {
            return;
        }
        try {
            keys.insertMany(made, new com.mongodb.client.model.InsertManyOptions().ordered(false));
            fresh.forEach(cache::put);
        } catch (com.mongodb.MongoBulkWriteException e) {
            // another node made some of them meanwhile: those are read back one by one when sealing (keyFor)
        }
    }

    /** The person's key, made and stored (wrapped) on first use. */
    byte[] keyFor(String id) {
        byte[] cached = cache.getIfPresent(id);
        if (cached != null) {
            return cached;
        }
        Optional<byte[]> existing = find(id);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] key = Aead.randomKey();
        try {
            keys.insertOne(new Document("_id", id).append("wrapped", new Binary(Aead.seal(master.current(), key, id)))
                    .append("master", master.currentId()).append("createdAt", Date.from(Instant.now())));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return find(id).orElseThrow(() -> new IllegalStateException("the key of " + id + " was erased while it was being made"));
        }
        cache.put(id, key);
        return key;
    }

    /**
     * The keys of many persons (the sealed workers of a batch of events): those not cached read in lookups of a hundred;
     * a person without a key (erased) maps to empty.
     */
    java.util.Map<String, Optional<byte[]>> findAll(java.util.Collection<String> ids) {
        java.util.Map<String, Optional<byte[]>> found = new java.util.HashMap<>();
        java.util.List<String> unknown = new java.util.ArrayList<>();
        for (String id : ids) {
            byte[] cached = cache.getIfPresent(id);
            if (cached != null) {
                found.put(id, Optional.of(cached));
            } else {
                unknown.add(id);
                found.put(id, Optional.empty());
            }
        }
        for (int from = 0; from < unknown.size(); from += 100) {
            for (Document d : keys.find(Filters.in("_id", unknown.subList(from, Math.min(unknown.size(), from + 100))))) {
                found.put(d.getString("_id"), Optional.of(unwrap(d)));
            }
        }
        return found;
    }

    /** The person's key, or empty when it was erased (or never made). */
    Optional<byte[]> find(String id) {
        byte[] cached = cache.getIfPresent(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Document d = keys.find(Filters.eq("_id", id)).first();
        if (d == null) {
            return Optional.empty();
        }
        return Optional.of(unwrap(d));
    }

    /** A stored key opened under its master key (and cached). */
    private byte[] unwrap(Document d) {
        String id = d.getString("_id");
        byte[] masterKey = master.byId(d.getString("master")).orElseThrow(() -> new IllegalStateException(
                "the key of " + id + " is wrapped under master key " + d.getString("master") + ", which is not configured"));
        try {
            byte[] key = Aead.open(masterKey, d.get("wrapped", Binary.class).getData(), id);
            cache.put(id, key);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key of " + id + " does not open under its master key", e);
        }
    }

    /** Deletes the person's key; returns whether there was one. */
    public boolean erase(String caseId, String claimantId) {
        String id = idOf(caseId, claimantId);
        cache.invalidate(id);
        return keys.deleteOne(Filters.eq("_id", id)).getDeletedCount() > 0;
    }

    public boolean exists(String caseId, String claimantId) {
        return keys.find(Filters.eq("_id", idOf(caseId, claimantId))).first() != null;
    }

    /** Re-wraps every key still under an earlier master key under the current one; returns how many. */
    public int rotate() {
        int rewrapped = 0;
        for (Document d : keys.find(Filters.ne("master", master.currentId()))) {
            String id = d.getString("_id");
            Optional<byte[]> key = find(id);
            if (key.isPresent()) {
                keys.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("wrapped", new Binary(Aead.seal(master.current(), key.get(), id))),
                        Updates.set("master", master.currentId())));
                rewrapped++;
            }
        }
        return rewrapped;
    }
}
