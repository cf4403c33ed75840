package org.caseledger.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * mongo-java-server's H2 backend with its unique indexes ordered by {@link IndexKeyOrder} instead of by
 * serialized bytes. Such an index lives in its own H2 map ({@code <collection>._index_<name>~ordered}); when a
 * file written by the plain backend is opened, its old index maps are removed and the server fills the new,
 * empty ones from the collections' documents (once, on open, before any commit: a crash leaves the old file).
 */
final class OrderedIndexH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(OrderedIndexH2Backend.class);
    private static final String SUFFIX = "~ordered";

    OrderedIndexH2Backend(MVStore store) {
        super(store);
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

        /** The map name mongo-java-server's H2Database gives an index (private there). */
        private String plainMapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        }
    }
}
