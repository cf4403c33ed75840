package org.caseledger.api.store;

import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.caseledger.api.support.Cases;
import org.caseledger.api.support.Node;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two service instances on one MongoDB (the second connects to the first's embedded server). Each caches
 * the cases it touched; a stale cache entry must never win: its append hits the unique key and is refused,
 * and the retry reloads the case from the store.
 */
class TwoNodesShareOneStoreTest {

    @Test
    void a_stale_cached_case_loses_to_the_store_and_the_retry_reloads_it() {
        try (Node a = Node.start(Map.of());
             Node b = Node.start(Map.of("caseledger.mongodb-uri", a_uri(a)))) {
            Cases.fileAndAssign("C-1").forEach(c -> a.commands().sendAndWait(c));   // a caches C-1 at seq 2
            b.commands().sendAndWait(Cases.meeting("C-1", "b1"));                   // b appends seq 3
            assertThatThrownBy(() -> a.commands().sendAndWait(Cases.meeting("C-1", "a1")))
                    .isInstanceOf(ConcurrencyException.class);                       // a's cached seq 2 is stale
            a.commands().sendAndWait(Cases.meeting("C-1", "a1"));                   // the retry reloads: seq 4
            assertThatThrownBy(() -> b.commands().sendAndWait(Cases.meeting("C-1", "b2")))
                    .isInstanceOf(ConcurrencyException.class);
            b.commands().sendAndWait(Cases.meeting("C-1", "b2"));                   // seq 5

            List<Document> stored = a.mongo().database().getCollection("events").find().into(new ArrayList<>());
            assertThat(stored).hasSize(6);
            assertThat(stored).extracting(d -> ((Number) d.get("seq")).longValue()).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 5L);
            assertThat(stored).extracting(d -> d.get("payload", Document.class).getString("outcome"))
                    .containsSubsequence("b1", "a1", "b2");
            assertThat(stored).extracting(d -> ((Number) d.get("_id")).longValue()).doesNotHaveDuplicates();
        }
    }

    private static String a_uri(Node a) {
        return a.embeddedConnectionString();
    }
}
