package org.caseledger.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.eventstore.StoredStreams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Which union body a case (or supervision matter) belongs to: the one that filed or opened it, read from the case's first event as stored (a key lookup on
 * the event store, projected to the body's name: no personal data opened, never the projection, so a case just filed is already owned). Never changes, so it is cached:
 * the {@value #CACHED} cases asked about most recently (a case out of the cache is simply read again).
 */
@Component
public class CaseOwnership {

    static final int CACHED = 100_000;

    private final StoredStreams streams;
    private final Cache<String, String> owners;

    @Autowired
    public CaseOwnership(StoredStreams streams) {
        this(streams, CACHED);
    }

    CaseOwnership(StoredStreams streams, int cached) {
        this.streams = streams;
        // evictions on the caller's thread: the bound holds when put returns
        this.owners = Caffeine.newBuilder().maximumSize(cached).executor(Runnable::run).build();
    }

    /** How many owners are cached now. */
    long cachedOwners() {
        owners.cleanUp();
        return owners.estimatedSize();
    }

    public Optional<String> unionBodyOf(String caseId) {
        String known = owners.getIfPresent(caseId);
        if (known != null) {
            return Optional.of(known);
        }
        // the body's name as stored: the filing's sealed claimants are neither opened nor deserialized for it
        Optional<StoredStreams.StoredField> stored = streams.firstEventField(caseId, "unionBody", "name");
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Class<?> type = stored.get().payloadType();
        Optional<String> owner;
        if (type != WageClaimFiled.class && type != org.caseledger.core.supervision.SupervisionMatterOpened.class) {
            owner = Optional.empty(); // a work order or another stream: no case's owner
        } else if (stored.get().text() != null) {
            owner = Optional.of(stored.get().text());
        } else { // a shape this version does not store: read as the aggregate would
            owner = streams.firstEvent(caseId).map(m -> m.getPayload() instanceof WageClaimFiled f ? f.unionBody().name()
                    : m.getPayload() instanceof org.caseledger.core.supervision.SupervisionMatterOpened o ? o.unionBody().name() : null);
        }
        owner.ifPresent(o -> owners.put(caseId, o));
        return owner;
    }
}
