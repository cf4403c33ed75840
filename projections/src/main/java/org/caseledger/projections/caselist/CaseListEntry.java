package org.caseledger.projections.caselist;

import org.caseledger.projections.timeline.CaseTimeline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** One row of the officers' case list: what the filters and the sort need, derived from the timeline. */
public class CaseListEntry {

    public String caseId;
    public String stage;
    public String enforcementState;
    public String officerId;
    public String unionBody;
    public String region;
    public String channel;
    public List<String> obligorIds;
    public List<String> obligorNames;
    public LocalDate filedOn;
    public LocalDate nextDeadlineDue;
    public String nextDeadlineKind;
    public int openDeadlines;
    public int claimants;
    public long targetFen;
    public long receivedFen;
    public String closeReason;
    /** The last day to act before a limitation runs out (arbitration: the earliest claimant's; enforcement), if one runs. */
    public LocalDate limitationEndsOn;
    public String limitationKind;
    /** TARGETED or PUBLIC_NOTICE for a supervision matter; null for a wage case. */
    public String supervisionMode;

    public static CaseListEntry of(CaseTimeline t) {
        CaseListEntry e = new CaseListEntry();
        e.caseId = t.caseId;
        e.stage = t.stage;
        e.enforcementState = t.enforcementState;
        e.officerId = t.officerId;
        e.unionBody = t.unionBody;
        e.region = t.region;
        e.channel = t.channel;
        e.obligorIds = t.obligors.stream().map(o -> o.obligorId).toList();
        e.obligorNames = t.obligors.stream().map(o -> o.name).toList();
        e.filedOn = t.filedOn;
        t.openDeadlines.stream().min(Comparator.comparing(d -> d.dueOn)).ifPresent(d -> {
            e.nextDeadlineDue = d.dueOn;
            e.nextDeadlineKind = d.kind;
        });
        e.openDeadlines = t.openDeadlines.size();
        e.claimants = t.totals.claimants;
        e.targetFen = t.totals.targetFen;
        e.receivedFen = t.totals.receivedFen;
        e.closeReason = t.closeReason;
        e.supervisionMode = t.supervisionMode;
        t.openDeadlines.stream().filter(d -> "ARBITRATION_LIMITATION".equals(d.kind) || "ENFORCEMENT_APPLICATION".equals(d.kind))
                .min(Comparator.comparing(d -> d.dueOn)).ifPresent(d -> {
                    e.limitationEndsOn = d.dueOn;
                    e.limitationKind = d.kind;
                });
        return e;
    }

    /** A stored row read field by field (a list query may decode thousands: no JSON round trip each). */
    public static CaseListEntry fromDocument(org.bson.Document d) {
        CaseListEntry e = new CaseListEntry();
        e.caseId = d.getString("caseId");
        e.stage = shared(d, "stage");
        e.enforcementState = shared(d, "enforcementState");
        e.officerId = shared(d, "officerId");
        e.unionBody = shared(d, "unionBody");
        e.region = shared(d, "region");
        e.channel = shared(d, "channel");
        e.obligorIds = List.copyOf(d.getList("obligorIds", String.class, List.of()));
        e.obligorNames = List.copyOf(d.getList("obligorNames", String.class, List.of()));
        e.filedOn = day(d, "filedOn");
        e.nextDeadlineDue = day(d, "nextDeadlineDue");
        e.nextDeadlineKind = shared(d, "nextDeadlineKind");
        e.openDeadlines = org.caseledger.projections.ReadModels.number(d, "openDeadlines").intValue();
        e.claimants = org.caseledger.projections.ReadModels.number(d, "claimants").intValue();
        e.targetFen = org.caseledger.projections.ReadModels.number(d, "targetFen").longValue();
        e.receivedFen = org.caseledger.projections.ReadModels.number(d, "receivedFen").longValue();
        e.closeReason = shared(d, "closeReason");
        e.limitationEndsOn = day(d, "limitationEndsOn");
        e.limitationKind = shared(d, "limitationKind");
        e.supervisionMode = shared(d, "supervisionMode");
        return e;
    }

    /**
     * Values repeated across thousands of rows (stages, bodies, regions, officers, kinds) as one string each: a node keeps
     * up to 200,000 rows decoded, and a copy of "县总工会-3" per row is most of a row's memory.
     */
    private static String shared(org.bson.Document d, String field) {
        String value = d.getString(field);
        return value == null ? null : value.intern();
    }

    private static LocalDate day(org.bson.Document d, String field) {
        String text = d.getString(field);
        return text == null ? null : LocalDate.parse(text);
    }

}
