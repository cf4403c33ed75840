package org.caseledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseledger.eventstore.EngineHarness.event;

/**
 * The hash chain of a case's stored events: each event is linked to the one before it by hash, so editing, deleting,
 * inserting or reordering stored documents directly in MongoDB is reported at the event where it happened.
 */
class CaseChainTest {

    final EngineHarness h = new EngineHarness();
    final MongoCollection<Document> events = h.db.getCollection("events");

    @AfterEach
    void close() throws Exception {
        h.close();
    }

    void appendFive() {
        h.engine.appendEvents(event("C-1", 0), event("C-1", 1));
        h.engine.appendEvents(event("C-2", 0));
        h.engine.appendEvents(event("C-1", 2));
        h.engine.appendEvents(event("C-1", 3), event("C-1", 4));
    }

    Document stored(long seq) {
        return events.find(Filters.eq(EventDocuments.KEY, EventDocuments.key("C-1", seq))).first();
    }

    @Test
    void every_event_is_linked_to_the_one_before_it_across_commits() {
        appendFive();
        assertThat(stored(0).getString(CaseChain.PREV_HASH)).isEqualTo(CaseChain.GENESIS);
        for (long seq = 1; seq <= 4; seq++) {
            assertThat(stored(seq).getString(CaseChain.PREV_HASH)).isEqualTo(stored(seq - 1).getString(CaseChain.HASH));
        }
        CaseChain.Verification v = CaseChain.verify(events, "C-1", 4L);
        assertThat(v.valid()).isTrue();
        assertThat(v.events()).isEqualTo(5);
        assertThat(v.headHash()).isEqualTo(stored(4).getString(CaseChain.HASH));
        assertThat(CaseChain.verify(events, "C-2", 0L).valid()).isTrue();
    }

    @Test
    void an_edited_payload_is_reported_at_its_event() {
        appendFive();
        events.updateOne(Filters.eq(EventDocuments.KEY, EventDocuments.key("C-1", 2)), Updates.set("payload.n", 99));
        CaseChain.Verification v = CaseChain.verify(events, "C-1", 4L);
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBrokenSequence()).isEqualTo(2L);
        assertThat(v.reason()).contains("changed");
    }

    @Test
    void an_edited_timestamp_or_metadata_is_reported_too() {
        appendFive();
        events.updateOne(Filters.eq(EventDocuments.KEY, EventDocuments.key("C-1", 1)), Updates.set("timestamp", new java.util.Date(0)));
        assertThat(CaseChain.verify(events, "C-1", 4L).firstBrokenSequence()).isEqualTo(1L);
    }

    @Test
    void a_deleted_event_is_reported_where_it_is_missing() {
        appendFive();
        events.deleteOne(Filters.eq(EventDocuments.KEY, EventDocuments.key("C-1", 2)));
        CaseChain.Verification v = CaseChain.verify(events, "C-1", 4L);
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBrokenSequence()).isEqualTo(2L);
        assertThat(v.reason()).contains("missing");
    }

    @Test
    void the_last_events_deleted_are_caught_against_what_the_read_models_saw() {
        appendFive();
        events.deleteOne(Filters.eq(EventDocuments.KEY, EventDocuments.key("C-1", 4)));
        assertThat(CaseChain.verify(events, "C-1", null).valid()).as("alone, a shorter chain is a valid chain").isTrue();
        CaseChain.Verification v = CaseChain.verify(events, "C-1", 4L);
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBrokenSequence()).isEqualTo(4L);
    }

    @Test
    void an_inserted_event_is_reported_at_the_event_it_displaces() {
        appendFive();
        // an event slipped in at sequence 2: the real 2..4 moved up by one, hashes kept
        for (long seq = 4; seq >= 2; seq--) {
            Document d = stored(seq);
            events.updateOne(Filters.eq("_id", d.get("_id")), Updates.combine(Updates.set("seq", seq + 1),
                    Updates.set(EventDocuments.KEY, EventDocuments.key("C-1", seq + 1))));
        }
        Document forged = new Document(stored(1));
        forged.put("_id", 999L);
        forged.put("seq", 2L);
        forged.put(EventDocuments.KEY, EventDocuments.key("C-1", 2));
        forged.put("payload", new Document("caseId", "C-1").append("n", 42));
        forged.put(CaseChain.PREV_HASH, stored(1).getString(CaseChain.HASH));
        events.insertOne(forged);
        CaseChain.Verification v = CaseChain.verify(events, "C-1", 5L);
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBrokenSequence()).isEqualTo(2L);
    }

    @Test
    void two_events_swapped_are_reported_at_the_first() {
        appendFive();
        Document one = stored(1);
        Document three = stored(3);
        events.updateOne(Filters.eq("_id", one.get("_id")), Updates.set("payload", three.get("payload")));
        events.updateOne(Filters.eq("_id", three.get("_id")), Updates.set("payload", one.get("payload")));
        assertThat(CaseChain.verify(events, "C-1", 4L).firstBrokenSequence()).isEqualTo(1L);
    }

    @Test
    void a_store_written_before_the_chain_is_chained_once_and_marked_as_such() {
        appendFive();
        events.updateMany(new Document(), Updates.combine(Updates.unset(CaseChain.HASH), Updates.unset(CaseChain.PREV_HASH)));
        assertThat(CaseChain.migrateStore(events)).isEqualTo(6);
        assertThat(CaseChain.migrateStore(events)).isZero();
        assertThat(CaseChain.verify(events, "C-1", 4L).valid()).isTrue();
        assertThat(stored(0).getBoolean(CaseChain.CHAINED_BY_MIGRATION)).isTrue();
        // appending after the migration links to the migrated chain
        h.engine.appendEvents(event("C-1", 5));
        assertThat(CaseChain.verify(events, "C-1", 5L).valid()).isTrue();
        assertThat(stored(5).containsKey(CaseChain.CHAINED_BY_MIGRATION)).isFalse();
    }

    @Test
    void a_case_rewritten_with_recomputed_hashes_passes_the_chain_alone() {
        // what the chain cannot catch, and the anchors are for: every hash recomputed after the edit
        appendFive();
        String before = CaseChain.verify(events, "C-1", 4L).headHash();
        events.updateOne(Filters.eq(EventDocuments.KEY, EventDocuments.key("C-1", 2)), Updates.set("payload.n", 99));
        List<Document> all = new ArrayList<>(CaseChain.readAll(events, "C-1"));
        String prev = CaseChain.GENESIS;
        for (Document d : all) {
            String hash = CaseChain.hashOf(d, prev);
            events.updateOne(Filters.eq("_id", d.get("_id")), Updates.combine(Updates.set(CaseChain.PREV_HASH, prev),
                    Updates.set(CaseChain.HASH, hash)));
            prev = hash;
        }
        CaseChain.Verification v = CaseChain.verify(events, "C-1", 4L);
        assertThat(v.valid()).isTrue();
        assertThat(v.headHash()).isNotEqualTo(before);
    }

    @Test
    void two_writers_of_one_case_keep_one_chain() {
        // each engine remembers the last event it stored; the other's events in between are looked up
        KeyedEventStorageEngine other = h.newEngine(java.time.Clock.systemUTC(), java.time.Duration.ofSeconds(60));
        h.engine.appendEvents(event("C-1", 0), event("C-1", 1));
        other.appendEvents(event("C-1", 2));
        h.engine.appendEvents(event("C-1", 3));
        other.appendEvents(event("C-1", 4));
        CaseChain.Verification v = CaseChain.verify(events, "C-1", 4L);
        assertThat(v.valid()).as(v.reason()).isTrue();
    }
}
