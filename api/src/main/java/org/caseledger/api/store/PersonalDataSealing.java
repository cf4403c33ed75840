package org.caseledger.api.store;

import org.caseledger.api.crypto.Aead;
import org.bson.Document;
import org.bson.types.Binary;
import org.caseledger.eventstore.PayloadProtection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claimants' personal data in the events (个人信息: name, ID-card number, phone — the {@code personalData} of a claimant)
 * and a work order's worker (the {@code personalData} at the top of the event that received the order, person
 * {@value #WORKER}) is stored sealed under that person's key: {@code personalData: {sealed: <AES-256-GCM>}}, the associated data naming
 * case and claimant. A copy of the database without the master key names no one. Read back, it is opened; once the
 * person's key is erased it reads as {@link #ERASED} (已删除), everywhere the events are read. Sealed data that no
 * longer opens (a bit changed in the database, a key that is not its own) reads as {@link #UNREADABLE}: the case stays
 * readable and writable, the error is logged once per person naming the case, claimant and event, and counted
 * ({@code caseledger_personal_data_unreadable}, a warning in readiness's details); the event's hash no longer matches, so
 * the integrity check names it too.
 */
public final class PersonalDataSealing implements PayloadProtection {

    /** What an erased person's data reads as. */
    public static final String ERASED = "已删除";
    /** What a person's data reads as when its seal no longer opens. */
    public static final String UNREADABLE = "无法读取（密文已损坏）";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PersonalDataSealing.class);
    private final java.util.Set<String> unreadable = java.util.concurrent.ConcurrentHashMap.newKeySet();
    static final String FIELD = "personalData";
    static final String SEALED = "sealed";
    /** The person a work order's own {@code personalData} belongs to: its worker. */
    public static final String WORKER = "worker";
    /** The person whose key seals what concerns a case as a whole (a note, an award attached): never erased with a worker. */
    public static final String CASE_DOCUMENTS = "case-documents";

    private final PersonalDataKeys keys;

    public PersonalDataSealing(PersonalDataKeys keys) {
        this.keys = keys;
    }

    @Override
    public void seal(Document event) {
        if (event.getString("aggregateType") == null || !(event.get("payload") instanceof Document payload)) {
            return;
        }
        String caseId = event.getString("aggregateId");
        walk(payload, (holder, person) -> {
            Document personal = (Document) holder.get(FIELD);
            if (personal.containsKey(SEALED)) {
                return; // already sealed
            }
            String id = PersonalDataKeys.idOf(caseId, person);
            byte[] sealed = Aead.seal(keys.keyFor(id), personal.toJson().getBytes(StandardCharsets.UTF_8), id);
            holder.put(FIELD, new Document(SEALED, new Binary(sealed)));
        });
    }

    /** The events of one append: every person's key they need made (or found) at once, then each sealed. */
    @Override
    public void sealAll(List<Document> events) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (Document event : events) {
            if (event.getString("aggregateType") != null && event.get("payload") instanceof Document payload) {
                String caseId = event.getString("aggregateId");
                walk(payload, (holder, person) -> ids.add(PersonalDataKeys.idOf(caseId, person)));
            }
        }
        if (ids.size() > 1) {
            keys.prepare(ids);
        }
        events.forEach(this::seal);
    }

    /** Whether an event document holds personal data still in clear (written before sealing existed). */
    public static boolean holdsClearPersonalData(Document event) {
        boolean[] clear = {false};
        if (event.get("payload") instanceof Document payload) {
            walk(payload, (holder, person) -> clear[0] |= !((Document) holder.get(FIELD)).containsKey(SEALED));
        }
        return clear[0];
    }

    @Override
    public Document open(Document event) {
        return open(event, keys::find);
    }

    /**
     * The events of one read: the keys of every person sealed in them are fetched in lookups of a hundred (one round trip
     * for a batch of a rebuild, not one for each worker of each filing), then each event is opened with them.
     */
    @Override
    public List<Document> openAll(List<Document> events) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (Document event : events) {
            if (event.getString("aggregateType") != null && event.get("payload") instanceof Document payload && mentions(payload)) {
                String caseId = event.getString("aggregateId");
                walk(payload, (holder, person) -> {
                    if (((Document) holder.get(FIELD)).containsKey(SEALED)) {
                        ids.add(PersonalDataKeys.idOf(caseId, person));
                    }
                });
            }
        }
        java.util.Map<String, Optional<byte[]>> found = ids.isEmpty() ? java.util.Map.of() : keys.findAll(ids);
        List<Document> opened = new java.util.ArrayList<>(events.size());
        for (Document event : events) {
            opened.add(open(event, id -> found.containsKey(id) ? found.get(id) : keys.find(id)));
        }
        return opened;
    }

    private Document open(Document event, java.util.function.Function<String, Optional<byte[]>> keyOf) {
        if (event.getString("aggregateType") == null || !(event.get("payload") instanceof Document payload) || !mentions(payload)) {
            return event;
        }
        String caseId = event.getString("aggregateId");
        Document copy = new Document(event);
        Document opened = (Document) deepCopy(payload);
        walk(opened, (holder, person) -> {
            Document personal = (Document) holder.get(FIELD);
            if (!personal.containsKey(SEALED)) {
                return;
            }
            String id = PersonalDataKeys.idOf(caseId, person);
            holder.put(FIELD, openWith(keyOf.apply(id), personal.get(SEALED), id, event));
        });
        copy.put("payload", opened);
        return copy;
    }

    private Document openWith(Optional<byte[]> key, Object sealed, String id, Document event) {
        if (key.isEmpty()) {
            return new Document("name", ERASED).append("idCardNumber", null).append("phone", null).append("text", ERASED);
        }
        try {
            if (!(sealed instanceof Binary binary)) {
                throw new GeneralSecurityException("the sealed value is not binary");
            }
            return Document.parse(new String(Aead.open(key.get(), binary.getData(), id), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | RuntimeException e) {
            if (unreadable.add(id)) {
                log.error("the personal data of claimant {} in event {} of case {} does not open under its key ({}): shown as unreadable; "
                        + "see the case's integrity", id.substring(id.indexOf(':') + 1), event.get("seq"), event.getString("aggregateId"),
                        e.getClass().getSimpleName());
            }
            return new Document("name", UNREADABLE).append("idCardNumber", null).append("phone", null).append("text", UNREADABLE);
        }
    }

    /** The claimants (case:claimant) whose sealed data did not open since the start. */
    public java.util.Set<String> unreadable() {
        return java.util.Collections.unmodifiableSet(unreadable);
    }

    /** Whether a claimant's personal data is anywhere in the payload (most events name none: they are left as read). */
    private static boolean mentions(Object node) {
        if (node instanceof Document d && d.get(FIELD) instanceof Document) {
            return true; // the worker of a work order
        }
        return mentionsClaimant(node);
    }

    private static boolean mentionsClaimant(Object node) {
        if (node instanceof Document d) {
            if (d.get(FIELD) instanceof Document && d.containsKey("claimantId")) {
                return true;
            }
            for (Object value : d.values()) {
                if (mentionsClaimant(value)) {
                    return true;
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object item : list) {
                if (mentionsClaimant(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A copy to open in, documents and lists copied, values shared (strings, numbers and dates are not changed). */
    private static Object deepCopy(Object node) {
        if (node instanceof Document d) {
            Document copy = new Document();
            d.forEach((k, v) -> copy.put(k, deepCopy(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(deepCopy(item)));
            return copy;
        }
        return node;
    }

    /**
     * Calls back with every sub-document that holds a claimant's {@code personalData} beside its {@code claimantId}, and
     * with the payload itself when it holds a {@code personalData} of its own (a work order's worker).
     */
    private static void walk(Document payload, java.util.function.BiConsumer<Document, String> holder) {
        if (payload.get(FIELD) instanceof Document && !payload.containsKey("claimantId")) {
            holder.accept(payload, WORKER);
        }
        walk((Object) payload, holder);
    }

    private static void walk(Object node, java.util.function.BiConsumer<Document, String> holder) {
        if (node instanceof Document d) {
            if (d.get(FIELD) instanceof Document && d.containsKey("claimantId")) {
                // a contact or a document about the case as a whole (no claimant) is sealed under the case's own key
                Object claimant = d.get("claimantId");
                holder.accept(d, claimant == null ? CASE_DOCUMENTS : String.valueOf(claimant)); // replaces the value of FIELD only
            }
            for (Map.Entry<String, Object> e : d.entrySet()) {
                if (!FIELD.equals(e.getKey())) {
                    walk(e.getValue(), holder);
                }
            }
        } else if (node instanceof List<?> list) {
            list.forEach(item -> walk(item, holder));
        }
    }
}
