package org.caseledger.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.Document;
import org.bson.types.Decimal128;

import java.util.List;
import java.util.Map;

/**
 * A stored payload (a BSON sub-document) as the JSON tree Jackson reads, walked value by value. It replaces writing
 * the document out as relaxed extended JSON and parsing that text again: the same tree (numbers keep their BSON
 * type, an int stays an int and a long a long), at a fraction of the cost, on every case load and every replay.
 */
final class BsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper TEXT = new ObjectMapper();

    private BsonTrees() {
    }

    static ObjectNode tree(Document document) {
        ObjectNode node = NODES.objectNode();
        for (Map.Entry<String, Object> e : document.entrySet()) {
            node.set(e.getKey(), value(e.getValue()));
        }
        return node;
    }

    /** JSON text stored as it was (a payload that is not an object), parsed. */
    static JsonNode parse(String json) {
        try {
            return TEXT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored event holds text that is not JSON", e);
        }
    }

    private static JsonNode value(Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof String s) {
            return NODES.textNode(s);
        }
        if (v instanceof Document d) {
            return tree(d);
        }
        if (v instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            list.forEach(item -> array.add(value(item)));
            return array;
        }
        if (v instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (v instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (v instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Decimal128 d) {
            return NODES.numberNode(d.bigDecimalValue());
        }
        // what Document.parse makes only of extended JSON ($date, $oid, …): as relaxed JSON shows it
        return parse(new Document("v", v).toJson(EventDocuments.RELAXED)).get("v");
    }
}
