package org.caseledger.projections.people;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.caseledger.projections.ReadModels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How full the capped list of each of some documents is (a token's places, an employer's places), read without
 * fetching a list that has overflowed: a common name or a crew's foreman's phone lists a thousand places, and a batch
 * that names it again would otherwise read (and send over the wire) the whole list only to learn there is no room. A
 * list that has overflowed stays closed: a place taken off it later (an erasure) is not given to a newcomer, and the
 * list goes on saying there are more than it shows.
 */
final class CappedLists {

    /** A document's list: how many entries it holds ({@code cap} once it has overflowed) and the document's other fields. */
    record Fill(int size, Document fields) {
    }

    private CappedLists() {
    }

    /**
     * First each document without its list (its {@code overflow} flag and other fields); then the whole lists of those
     * that have not overflowed, to count them.
     */
    static Map<String, Fill> of(MongoCollection<Document> collection, List<String> ids, String list, int cap, String... other) {
        Map<String, Fill> fills = new HashMap<>();
        if (ids.isEmpty()) {
            return fills;
        }
        List<String> open = new ArrayList<>();
        for (Document d : ReadModels.findByIds(collection, ids, new Document(list, 0))) {
            if (Boolean.TRUE.equals(d.getBoolean("overflow"))) {
                fills.put(d.getString("_id"), new Fill(cap, d));
            } else {
                open.add(d.getString("_id"));
            }
        }
        Document whole = new Document(list, 1).append("overflow", 1);
        for (String field : other) {
            whole.append(field, 1);
        }
        for (Document d : ReadModels.findByIds(collection, open, whole)) {
            fills.put(d.getString("_id"), new Fill(d.getList(list, Object.class, List.of()).size(), d));
        }
        return fills;
    }
}
