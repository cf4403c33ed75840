package org.caseledger.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import io.netty.channel.Channel;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * mongo-java-server's H2 backend with two changes of layout, each in maps of its own name so that a file written by
 * the plain backend is recognised and converted when it is opened:
 * <ul>
 *   <li>unique indexes ordered by {@link IndexKeyOrder} instead of by serialized bytes
 *       ({@code <collection>._index_<name>~ordered}): the old index maps are removed and the server fills the new,
 *       empty ones from the collections' documents (once, on open, before any commit: a crash leaves the old file);</li>
 *   <li>documents stored as BSON ({@link BsonDocumentType}, map {@code databases.<collection>~bson}) instead of as
 *       Java-serialized objects: the documents of an old map are copied into the new one, committed every
 *       {@value #MIGRATION_COMMIT_EVERY} documents, and the old map is removed last (a crash part-way leaves the old
 *       map, and the copy starts again).</li>
 * </ul>
 */
final class OrderedIndexH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(OrderedIndexH2Backend.class);
    private static final String SUFFIX = "~ordered";
    private static final String BSON_SUFFIX = "~bson";
    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";
    static final int MIGRATION_COMMIT_EVERY = 10_000;
    /** The commands that change documents (lower case), each applied whole between two commits. */
    private static final java.util.Set<String> WRITES = java.util.Set.of("insert", "update", "delete", "findandmodify");

    /** Write commands share it; a commit of the file takes it alone, so no commit ever holds half of a write. */
    private final ReentrantReadWriteLock writesAndCommits = new ReentrantReadWriteLock();

    OrderedIndexH2Backend(MVStore store) {
        super(store);
    }

    /**
     * The server's shutdown closes the backend, and H2 the file with it: what was written is committed and the file
     * packed first, while no write command runs (the store cannot be compacted once closed).
     */
    @Override
    public void close() {
        exclusively(() -> {
            if (!getMvStore().isClosed()) {
                super.commit();
                try {
                    FilePacking.pack(getMvStore());
                } catch (RuntimeException e) { // what is committed stays; the file is compacted again on the next start
                    log.warn("Packing the file at shutdown failed; it is compacted on the next start", e);
                }
            }
        });
        super.close();
    }

    /**
     * A commit between two write commands, never inside one: an insertMany of a command's events is in the file
     * whole or not at all, whichever moment the timer, a group commit or a kill -9 chooses.
     */
    @Override
    public void commit() {
        exclusively(super::commit);
    }

    /**
     * A commit that reaches the disk: the file is forced (MVStore.sync: FileChannel.force) after the commit, so an
     * acknowledged append survives a power cut, not only a crash of the process.
     */
    public void commitAndSync() {
        exclusively(() -> {
            super.commit();
            if (!getMvStore().isClosed()) { // after the server's shutdown the store is closed: H2 wrote it out on close
                getMvStore().sync();
            }
        });
    }

    /** Runs work that writes the file itself (a commit, online compaction) while no write command is under way. */
    void exclusively(Runnable work) {
        writesAndCommits.writeLock().lock();
        try {
            work.run();
        } finally {
            writesAndCommits.writeLock().unlock();
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * Inner, not static: H2Database opens the indexes from its own constructor, before a field of a subclass is
     * set; the enclosing backend (assigned before that constructor runs) gives the store.
     */
    private final class Database extends H2Database {

        Database(String name) {
            super(name, OrderedIndexH2Backend.this.getMvStore(), OrderedIndexH2Backend.this.getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            MVStore store = OrderedIndexH2Backend.this.getMvStore();
            String plain = plainMapName(collectionName, indexName);
            MVMap<KeyValue, Object> ordered = store.openMap(plain + SUFFIX, new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyOrder()));
            if (store.hasMap(plain)) {
                // the server fills an empty index from the collection's documents; the old map would go stale
                store.removeMap(plain);
                log.info("Index {} of a file written by the plain backend: rebuilt in the new order", plain);
            }
            return new OrderedUniqueIndex(ordered, indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            OrderedIndexH2Backend.this.getMvStore().removeMap(plainMapName(collection.getCollectionName(), indexName) + SUFFIX);
        }

        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databaseResolver, Oplog oplog) {
            if (!WRITES.contains(command.toLowerCase(java.util.Locale.ROOT))) {
                return super.handleCommand(channel, command, query, databaseResolver, oplog);
            }
            writesAndCommits.readLock().lock();
            try {
                return super.handleCommand(channel, command, query, databaseResolver, oplog);
            } finally {
                writesAndCommits.readLock().unlock();
            }
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            MVStore store = OrderedIndexH2Backend.this.getMvStore();
            String full = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = store.openMap(DATA_PREFIX + full + BSON_SUFFIX,
                    new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
            if (store.hasMap(DATA_PREFIX + full)) {
                migrate(store, store.openMap(DATA_PREFIX + full), data);
            }
            MVMap<String, Object> meta = store.openMap(META_PREFIX + full);
            return new KeyedH2Collection(this, collectionName, options, data, meta, cursorRegistry);
        }

        @Override
        public void dropCollection(String collectionName, Oplog oplog) {
            super.dropCollection(collectionName, oplog);
            MVStore store = OrderedIndexH2Backend.this.getMvStore();
            String name = DATA_PREFIX + getFullCollectionNamespace(collectionName) + BSON_SUFFIX;
            if (store.hasMap(name)) {
                store.removeMap(name);
            }
        }

        @Override
        public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
            super.moveCollection(oldDatabase, collection, newCollectionName);
            MVStore store = OrderedIndexH2Backend.this.getMvStore();
            String from = DATA_PREFIX + collection.getFullName() + BSON_SUFFIX;
            if (store.hasMap(from)) {
                store.renameMap(store.openMap(from, new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE)),
                        DATA_PREFIX + getFullCollectionNamespace(newCollectionName) + BSON_SUFFIX);
            }
        }

        /** The map name mongo-java-server's H2Database gives an index (private there). */
        private String plainMapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        }
    }

    /** Copies the documents of a map in the old, Java-serialized layout into the BSON one, then removes the old map. */
    private static void migrate(MVStore store, MVMap<Object, Document> old, MVMap<Object, Document> bson) {
        long started = System.nanoTime();
        String name = old.getName();
        bson.clear(); // what an interrupted earlier copy left
        long copied = 0;
        Cursor<Object, Document> cursor = old.cursor(null);
        while (cursor.hasNext()) {
            Object key = cursor.next();
            bson.put(key, cursor.getValue());
            if (++copied % MIGRATION_COMMIT_EVERY == 0) {
                store.commit(); // bounded memory: the copied pages go to the file
            }
        }
        store.removeMap(old);
        store.commit();
        log.info("Converted {} documents of {} to BSON in {} ms", copied, name, (System.nanoTime() - started) / 1_000_000);
    }
}
