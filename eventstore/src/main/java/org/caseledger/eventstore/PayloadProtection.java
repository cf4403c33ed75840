package org.caseledger.eventstore;

import org.bson.Document;

/**
 * What the store does to a payload on its way in and out: on the way in, parts of it may be sealed (encrypted) before
 * the event is chained and stored, so the chain covers the sealed form; on the way out they are opened again, or
 * shown as erased when their key is gone. The engine knows nothing of what is sealed or why.
 */
public interface PayloadProtection {

    /** Seals, in place, what must not be stored in clear in an event document about to be stored. */
    void seal(Document event);

    /** Seals the events of one append (a protection may make the keys they need at once). */
    default void sealAll(java.util.List<Document> events) {
        events.forEach(this::seal);
    }

    /** The event document as the application reads it (a copy when anything was opened). */
    Document open(Document event);

    /** The event documents of one read, opened (a protection may fetch the keys they need at once). */
    default java.util.List<Document> openAll(java.util.List<Document> events) {
        java.util.List<Document> opened = new java.util.ArrayList<>(events.size());
        events.forEach(e -> opened.add(open(e)));
        return opened;
    }

    /** Stores payloads as they are. */
    PayloadProtection NONE = new PayloadProtection() {
        @Override
        public void seal(Document event) {
        }

        @Override
        public Document open(Document event) {
            return event;
        }
    };
}
