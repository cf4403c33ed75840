package org.caseledger.projections.people;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * 联系记录's time for the annual report of legal-aid work: the minutes each officer recorded in a year, over the bodies
 * a reader may read (one document per contact: officer, body, year, minutes; never what was said).
 */
public final class ContactTime {

    private final MongoCollection<Document> collection;

    public ContactTime(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** An officer's year: how many contacts and how many minutes. */
    public record OfficerYear(String officer, int contacts, long minutes) {
    }

    public Map<String, OfficerYear> byOfficer(int year, Predicate<String> readable) {
        Map<String, OfficerYear> byOfficer = new TreeMap<>();
        for (Document d : collection.find(new Document("year", year))) {
            if (!readable.test(d.getString("body"))) {
                continue;
            }
            String officer = d.getString("officer");
            long minutes = ((Number) d.get("minutes")).longValue();
            byOfficer.merge(officer, new OfficerYear(officer, 1, minutes),
                    (a, b) -> new OfficerYear(officer, a.contacts() + b.contacts(), a.minutes() + b.minutes()));
        }
        return byOfficer;
    }
}
