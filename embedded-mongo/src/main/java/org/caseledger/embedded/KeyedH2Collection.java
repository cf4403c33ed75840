package org.caseledger.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

import java.util.List;

/**
 * The server's H2 collection, except that
 * <ul>
 *   <li>documents found by a lookup of listed keys ({@link OrderedUniqueIndex.KeyLookup}) are not matched against the
 *       query again: the server's matcher compares each document with every listed value (for a hundred keys, thousands
 *       of comparisons a query), and the index has already established the match;</li>
 *   <li>the collection's data size is not kept up to date on every write: the server encoded each inserted document
 *       once, and each updated one twice (old and new), only to count bytes, and wrote the sum to a map every write
 *       shares — 5 % of a rebuild's CPU. Nothing of the service reads it; {@code collStats} counts it when asked;</li>
 *   <li>an update of one document by its {@code _id} copies only what it changes ({@link KeyPatch}), instead of the
 *       server's deep clone, second copy and whole comparison of the stored document.</li>
 * </ul>
 */
final class KeyedH2Collection extends H2Collection {

    /** Set while the documents of a key lookup are collected on this thread. */
    private static final ThreadLocal<Boolean> FOUND_BY_KEY = ThreadLocal.withInitial(() -> false);

    private final MVMap<Object, Document> data;

    KeyedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options, MVMap<Object, Document> data,
                      MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, data, meta, cursorRegistry);
        this.data = data;
    }

    @Override
    public synchronized Document updateDocuments(Document selector, Document updateQuery, ArrayFilters arrayFilters, boolean isMulti,
                                                 boolean isUpsert, Oplog oplog) {
        KeyPatch patch = KeyPatch.of(selector, updateQuery, isMulti, arrayFilters.isEmpty(), getIdField(), getIndexes());
        Document stored = patch == null ? null : data.get(patch.id());
        if (patch != null && stored == null && isUpsert) {
            // an upsert that inserts: the patch applied to a document holding only the id
            KeyPatch.Applied inserted = patch.applyTo(new Document(getIdField(), patch.id()), getIdField());
            if (inserted != null) {
                addDocument(inserted.document());
                oplog.handleInsert(getFullName(), List.of(inserted.document()));
                return new Document("upserted", patch.id()).append("n", 0).append("nModified", 0);
            }
        }
        KeyPatch.Applied applied = stored == null ? null : patch.applyTo(stored, getIdField());
        if (applied == null) { // another shape, no such document to change, or an error to report
            return super.updateDocuments(selector, updateQuery, arrayFilters, isMulti, isUpsert, oplog);
        }
        if (applied.changed()) {
            handleUpdate(patch.id(), stored, applied.document());
        }
        oplog.handleUpdate(getFullName(), selector, updateQuery, applied.changed() ? List.of(patch.id()) : List.of());
        return new Document("n", 1).append("nModified", applied.changed() ? 1 : 0);
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    /** The BSON bytes of every document, counted now (collStats): nothing keeps a running sum. */
    @Override
    protected int getDataSize() {
        if (data == null) {
            return 0; // asked by the server's constructor (for a debug line), before this class's fields are set
        }
        long bytes = 0;
        io.netty.buffer.ByteBuf buffer = io.netty.buffer.Unpooled.buffer();
        try {
            for (Document document : data.values()) {
                buffer.clear();
                de.bwaldvogel.mongo.wire.bson.BsonEncoder.encodeDocument(document, buffer);
                bytes += buffer.writerIndex();
            }
        } finally {
            buffer.release();
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    @Override
    protected QueryResult matchDocuments(Document query, Iterable<Object> positions, Document orderBy, int numberToSkip,
                                         int limit, int batchSize, Document fieldSelector) {
        if (!(positions instanceof OrderedUniqueIndex.KeyLookup)) {
            return super.matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        FOUND_BY_KEY.set(true);
        try {
            return super.matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        } finally {
            FOUND_BY_KEY.set(false);
        }
    }

    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        return FOUND_BY_KEY.get() || super.documentMatchesQuery(document, query);
    }
}
