package org.caseledger.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How events are keyed and read back: the same keys and the same JSON trees as the slower ways they replace. */
class EventDocumentsTest {

    @Test
    void keys_are_padded_exactly_as_the_stored_keys_of_earlier_versions() {
        for (long seq : new long[]{0, 1, 9, 10, 99, 12_345, 999_999_999L, 1_000_000_000L, 9_999_999_999L, 10_000_000_000L, Long.MAX_VALUE, -1, -42}) {
            assertThat(EventDocuments.key("C-1", seq)).as("seq %d", seq).isEqualTo("C-1#" + String.format("%010d", seq));
        }
    }

    @Test
    void a_stored_payload_reads_as_the_tree_its_relaxed_json_parses_to() throws Exception {
        Document payload = Document.parse("""
                {"caseId": {"value": "C-2026-0001"}, "amount": {"fen": 1234567890123}, "count": 3, "rate": 0.25,
                 "names": ["张三", "李四"], "nested": {"empty": {}, "none": null, "flag": true, "list": [1, 2.5, "x", {"k": []}]},
                 "on": {"$date": "2026-11-27T00:00:00Z"}}""");
        ObjectMapper mapper = new ObjectMapper();
        assertThat(BsonTrees.tree(payload)).isEqualTo(mapper.readTree(payload.toJson(EventDocuments.RELAXED)));
    }

    @Test
    void ints_and_longs_keep_their_type() {
        Document payload = new Document("small", 7).append("big", 7L).append("list", List.of(1, 2L));
        assertThat(BsonTrees.tree(payload).get("small").isInt()).isTrue();
        assertThat(BsonTrees.tree(payload).get("big").isLong()).isTrue();
    }
}
