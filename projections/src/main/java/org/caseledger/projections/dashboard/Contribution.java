package org.caseledger.projections.dashboard;

import org.caseledger.projections.timeline.LetterView;
import org.caseledger.projections.timeline.CaseTimeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one case adds to its dashboard cell (union body, region, month of filing). Counts and amounts only:
 * no names, no ID numbers. Stored per case inside the cell and replaced as the case changes, so replaying an
 * event or rebuilding gives the same cell.
 */
public class Contribution {

    /** A supervision matter: counted apart from the wage cases, its letters with theirs. */
    public boolean matter;
    public String stage;
    public String channel;
    public int workers;
    public long originalClaimedFen;
    public long claimedFen;
    public long agreedFen;
    public long recoveredFen;
    public long disbursedFen;
    public Map<String, Integer> letters = new TreeMap<>();
    public Map<String, Integer> lettersAnswered = new TreeMap<>();
    public Map<String, Integer> lettersComplied = new TreeMap<>();
    public Long daysToFullPayment;
    public List<LocalDate> openDeadlineDues;
    /** What the case recovered by the month the money came in ("2026-06" → fen): a chart of recovery is by month paid. */
    public Map<String, Long> recoveredByMonth = new TreeMap<>();

    public static Contribution of(CaseTimeline t) {
        Contribution c = new Contribution();
        c.matter = t.supervisionMode != null;
        c.stage = t.stage;
        c.channel = t.channel;
        c.workers = t.totals.claimants;
        c.originalClaimedFen = t.totals.originalClaimedFen;
        c.claimedFen = t.totals.claimedFen;
        c.agreedFen = t.totals.agreedFen;
        c.recoveredFen = t.totals.receivedFen;
        c.disbursedFen = t.totals.disbursedFen;
        for (LetterView l : t.letters) {
            c.letters.merge(l.type, 1, Integer::sum);
            if ("ANSWERED".equals(l.status)) {
                c.lettersAnswered.merge(l.type, 1, Integer::sum);
                if ("COMPLIED".equals(l.outcome)) {
                    c.lettersComplied.merge(l.type, 1, Integer::sum);
                }
            }
        }
        c.daysToFullPayment = t.daysToFullPayment();
        c.openDeadlineDues = t.openDeadlines.stream().map(d -> d.dueOn).sorted().toList();
        // a payment's allocations counted in the month it was received; what it allocated later too (its money came then)
        for (org.caseledger.projections.timeline.PaymentView p : t.payments) {
            if (p.allocatedFen != 0 && p.receivedOn != null) {
                c.recoveredByMonth.merge(p.receivedOn.toString().substring(0, 7), p.allocatedFen, Math::addExact);
            }
        }
        return c;
    }

    /**
     * Each cell is stored as this many documents (a case goes to one of them by its id), so a changed case
     * rewrites a sixteenth of its cell, not all of it (more parts make the dashboards slower to read).
     */
    public static final int PARTS_PER_CELL = 16;

    /** The document of a cell that holds this case's contribution. */
    public static String partId(String cellId, String caseId) {
        return cellId + "#" + org.caseledger.projections.ReadModels.partOf(caseId, PARTS_PER_CELL);
    }

    /** Every document of a cell. */
    public static List<String> partIds(String cellId) {
        return java.util.stream.IntStream.range(0, PARTS_PER_CELL).mapToObj(i -> cellId + "#" + i).toList();
    }

    /** Reads a stored contribution field by field (a dashboard sums thousands: no JSON round trip each). */
    public static Contribution fromDocument(org.bson.Document d) {
        Contribution c = new Contribution();
        c.matter = Boolean.TRUE.equals(d.getBoolean("matter"));
        c.stage = d.getString("stage");
        c.channel = d.getString("channel");
        c.workers = org.caseledger.projections.ReadModels.number(d, "workers").intValue();
        c.originalClaimedFen = org.caseledger.projections.ReadModels.number(d, "originalClaimedFen").longValue();
        c.claimedFen = org.caseledger.projections.ReadModels.number(d, "claimedFen").longValue();
        c.agreedFen = org.caseledger.projections.ReadModels.number(d, "agreedFen").longValue();
        c.recoveredFen = org.caseledger.projections.ReadModels.number(d, "recoveredFen").longValue();
        c.disbursedFen = org.caseledger.projections.ReadModels.number(d, "disbursedFen").longValue();
        c.letters = counts(d, "letters");
        c.lettersAnswered = counts(d, "lettersAnswered");
        c.lettersComplied = counts(d, "lettersComplied");
        Number days = d.get("daysToFullPayment", Number.class);
        c.daysToFullPayment = days == null ? null : days.longValue();
        List<?> dues = d.get("openDeadlineDues", List.class);
        c.openDeadlineDues = dues == null ? null : dues.stream().map(v -> LocalDate.parse(v.toString())).toList();
        org.bson.Document byMonth = d.get("recoveredByMonth", org.bson.Document.class);
        if (byMonth != null) {
            byMonth.forEach((k, v) -> c.recoveredByMonth.put(k, ((Number) v).longValue()));
        }
        return c;
    }


    private static Map<String, Integer> counts(org.bson.Document d, String field) {
        Map<String, Integer> counts = new TreeMap<>();
        org.bson.Document stored = d.get(field, org.bson.Document.class);
        if (stored != null) {
            stored.forEach((k, v) -> counts.put(k, ((Number) v).intValue()));
        }
        return counts;
    }

    /** The cell a case belongs to: union body, region, month of filing. */
    public static String cellId(CaseTimeline t) {
        return t.unionBody + "|" + t.region + "|" + t.filedOn.toString().substring(0, 7);
    }
}
