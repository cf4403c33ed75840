package org.caseledger.api.security;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.caseledger.api.config.StoreConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which union body a case belongs to: the one that filed it, read from the case's first event (a key lookup on
 * the event store, never the projection, so a case just filed is already owned). Never changes, so it is cached:
 * the {@value #CACHED} cases asked about most recently (a case out of the cache is simply read again).
 */
@Component
public class CaseOwnership {

    static final int CACHED = 100_000;

    private final MongoCollection<Document> events;
    private final Map<String, String> owners;

    @Autowired
    public CaseOwnership(StoreConfiguration.MongoConnection connection) {
        this(connection.database().getCollection("events"), CACHED);
    }

    CaseOwnership(MongoCollection<Document> events, int cached) {
        this.events = events;
        this.owners = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > cached;
            }
        });
    }

    /** How many owners are cached now. */
    int cachedOwners() {
        return owners.size();
    }

    public Optional<String> unionBodyOf(String caseId) {
        String known = owners.get(caseId);
        if (known != null) {
            return Optional.of(known);
        }
        Document first = events.find(new Document("key", caseId + "#" + String.format("%010d", 0))).first();
        if (first == null || !"org.caseledger.core.intake.WageClaimFiled".equals(first.getString("payloadType"))) {
            return Optional.empty();
        }
        String owner = first.get("payload", Document.class).get("unionBody", Document.class).getString("name");
        owners.put(caseId, owner);
        return Optional.of(owner);
    }
}
