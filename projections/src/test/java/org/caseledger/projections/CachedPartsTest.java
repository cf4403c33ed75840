package org.caseledger.projections;

import org.bson.Document;
import org.caseledger.projections.caselist.CaseListEntry;
import org.caseledger.projections.caselist.CaseListQuery;
import org.caseledger.projections.dashboard.Contribution;
import org.caseledger.projections.dashboard.DashboardFigures;
import org.caseledger.projections.dashboard.DashboardQuery;
import org.caseledger.projections.timeline.CaseTimeline;
import org.caseledger.projections.timeline.TimelineDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case list and the dashboard keep the parts they have read, and still answer what a scan of every case gives
 * after the cases change: the parts' revisions tell which parts to read again.
 */
class CachedPartsTest {

    final ProjectionHarness h = new ProjectionHarness();
    final LocalDate today = LocalDate.of(2025, 4, 1);

    @AfterEach
    void close() {
        h.close();
    }

    private List<CaseTimeline> timelines() {
        List<CaseTimeline> all = new ArrayList<>();
        for (Document d : h.readModels.generation(1).timelines().find()) {
            all.add(TimelineDocuments.read(d));
        }
        return all;
    }

    /** The first page of a scan, each row as JSON (every field, as the API shows it). */
    private List<String> scannedList() {
        return timelines().stream().map(CaseListEntry::of)
                .sorted(Comparator.comparing((CaseListEntry e) -> e.nextDeadlineDue, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(e -> e.caseId))
                .limit(15).map(CachedPartsTest::json).toList();
    }

    private static String json(CaseListEntry e) {
        try {
            return ReadModels.JSON.writeValueAsString(e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private DashboardFigures scannedDashboard() {
        return DashboardFigures.of(timelines().stream().map(Contribution::of).toList(), today);
    }

    @Test
    void queries_kept_between_changes_answer_as_a_scan_of_every_case() {
        Random random = new Random(21);
        List<List<Object>> cases = new ArrayList<>();
        for (int n = 0; n < 50; n++) {
            cases.add(IdempotenceAndInterleavingTest.generatedCase(n, random));
        }
        List<ProjectionBatch.Stamped> events = h.stamp(IdempotenceAndInterleavingTest.interleaved(cases, random));
        CaseProjector projector = h.projector(1);
        CaseListQuery list = new CaseListQuery(h.readModels);
        DashboardQuery dashboard = new DashboardQuery(h.readModels);

        int step = events.size() / 4;
        for (int from = 0; from < events.size(); from += step) {
            h.project(projector, events.subList(from, Math.min(events.size(), from + step)));
            for (int again = 0; again < 2; again++) { // the second read comes from what the first kept
                CaseListQuery.Page page = list.find(CaseListQuery.Filter.none(), today, 0, 15);
                assertThat(page.items()).extracting(CachedPartsTest::json).as("after %d events", from + step).containsExactlyElementsOf(scannedList());
                assertThat(page.total()).isEqualTo(timelines().size());
                assertThat(dashboard.figures(null, null, null, null, today)).as("after %d events", from + step).isEqualTo(scannedDashboard());
            }
        }
        assertThat(scannedDashboard().casesPaidInFull()).isPositive();
    }
}
