package org.caseledger.api.security;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.caseledger.api.config.StoreConfiguration;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which union body a case belongs to: the one that filed it, read from the case's first event (a key lookup on
 * the event store, never the projection, so a case just filed is already owned). Never changes, so it is cached.
 */
@Component
public class CaseOwnership {

    private final MongoCollection<Document> events;
    private final Map<String, String> owners = new ConcurrentHashMap<>();

    public CaseOwnership(StoreConfiguration.MongoConnection connection) {
        this.events = connection.database().getCollection("events");
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
