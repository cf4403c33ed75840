package org.caseledger.projections.people;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.caseledger.projections.ReadModels;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 欠薪高发领域: the wage claims filed each month by industry — one small document per industry and month, listing its
 * cases and each claimant's claim by key (so an event delivered again changes nothing) — read whole for the early
 * warning: the industries whose new claims rose month after month. Counts and amounts only, never a person.
 */
public final class ArrearsByIndustry {

    private final MongoCollection<Document> collection;

    public ArrearsByIndustry(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** An industry's month: its cases and claimed amount. */
    public record Month(String industry, YearMonth month, int cases, long claimedFen) {
    }

    /** An industry whose new claims rose in each of the months shown, oldest first. */
    public record Rising(String industry, List<Month> months) {
    }

    static String industry(String industry) {
        String s = Normalizer.normalize(industry == null ? "" : industry, Normalizer.Form.NFKC).strip();
        return s.isEmpty() ? "—" : s;
    }

    private static String id(String body, String industry, YearMonth month) {
        return body + "|" + industry(industry) + "|" + month;
    }

    /** A claimant's claim as filed on a day, in a case of an industry handled by a union body. */
    public record Claim(String body, String industry, LocalDate filedOn, String caseId, String claimantId, long claimedFen) {
    }

    public void claim(String body, String industry, LocalDate filedOn, String caseId, String claimantId, long claimedFen) {
        claimAll(List.of(new Claim(body, industry, filedOn, caseId, claimantId, claimedFen)));
    }

    /** Several claims in one bulk write, one update per industry's month. */
    public void claimAll(List<Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        java.util.Map<String, List<Claim>> byDocument = new java.util.LinkedHashMap<>();
        claims.forEach(c -> byDocument.computeIfAbsent(id(c.body(), c.industry(), YearMonth.from(c.filedOn())), k -> new ArrayList<>()).add(c));
        List<com.mongodb.client.model.WriteModel<Document>> writes = new ArrayList<>();
        byDocument.forEach((id, list) -> {
            Claim first = list.get(0);
            Document set = new Document("industry", industry(first.industry())).append("body", first.body())
                    .append("month", YearMonth.from(first.filedOn()).toString());
            list.forEach(c -> set.append("fen." + ReadModels.fieldKey(c.caseId() + "|" + c.claimantId()), c.claimedFen()));
            writes.add(new com.mongodb.client.model.UpdateOneModel<>(new Document("_id", id), new Document("$set", set)
                    .append("$addToSet", new Document("cases", new Document("$each", list.stream().map(Claim::caseId).distinct().toList()))),
                    new UpdateOptions().upsert(true)));
        });
        collection.bulkWrite(writes);
    }

    /** Every industry's months from {@code from} to {@code to}, over the bodies {@code readable} accepts. */
    public Map<String, Map<YearMonth, Month>> months(YearMonth from, YearMonth to, java.util.function.Predicate<String> readable) {
        Map<String, Map<YearMonth, Month>> byIndustry = new TreeMap<>();
        for (Document d : collection.find()) {
            YearMonth month = YearMonth.parse(d.getString("month"));
            if (month.isBefore(from) || month.isAfter(to) || !readable.test(d.getString("body"))) {
                continue;
            }
            long fen = 0;
            Document amounts = d.get("fen", Document.class);
            if (amounts != null) {
                for (Object v : amounts.values()) {
                    fen = Math.addExact(fen, ((Number) v).longValue());
                }
            }
            Month m = new Month(d.getString("industry"), month, d.getList("cases", String.class, List.of()).size(), fen);
            byIndustry.computeIfAbsent(d.getString("industry"), k -> new TreeMap<>())
                    .merge(month, m, (a, b) -> new Month(a.industry(), a.month(), a.cases() + b.cases(), Math.addExact(a.claimedFen(), b.claimedFen())));
        }
        return byIndustry;
    }

    /** The industries whose new wage claims rose in each of the last {@code n} months up to {@code to}, from at least one. */
    public List<Rising> rising(YearMonth to, int n, java.util.function.Predicate<String> readable) {
        List<Rising> rising = new ArrayList<>();
        YearMonth from = to.minusMonths(n - 1L);
        for (var e : months(from, to, readable).entrySet()) {
            List<Month> months = new ArrayList<>();
            int before = 0;
            boolean rises = true;
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                Month month = e.getValue().getOrDefault(m, new Month(e.getKey(), m, 0, 0));
                rises &= m.equals(from) ? month.cases() > 0 : month.cases() > before;
                before = month.cases();
                months.add(month);
            }
            if (rises) {
                rising.add(new Rising(e.getKey(), months));
            }
        }
        return rising;
    }

    /** Every month known, for a reader's check (a small collection: industries × months). */
    public Map<String, Long> totals() {
        Map<String, Long> totals = new LinkedHashMap<>();
        months(YearMonth.of(1900, 1), YearMonth.of(9999, 12), b -> true).forEach((i, m) -> totals.put(i, m.values().stream().mapToLong(Month::cases).sum()));
        return totals;
    }
}
