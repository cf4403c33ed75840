package org.caseledger.projections;

import org.caseledger.projections.timeline.TimelineDocuments;
import org.bson.Document;
import org.caseledger.projections.caselist.CaseListEntry;
import org.caseledger.projections.caselist.CaseListQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The case list read by key lookups gives what filtering and sorting every row would give. */
class CaseListQueryTest {

    final ProjectionHarness h = new ProjectionHarness();
    final LocalDate today = LocalDate.of(2025, 3, 1);

    @AfterEach
    void close() {
        h.close();
    }

    /** Every row of the list, filtered and sorted by brute force. */
    List<String> expected(Predicate<CaseListEntry> filter) {
        List<CaseListEntry> all = new ArrayList<>();
        for (Document d : h.readModels.generation(1).timelines().find()) {
            all.add(CaseListEntry.of(TimelineDocuments.read(d)));
        }
        return all.stream().filter(filter)
                .sorted(Comparator.comparing((CaseListEntry e) -> e.nextDeadlineDue, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(e -> e.caseId))
                .map(e -> e.caseId).toList();
    }

    List<String> listed(CaseListQuery.Filter filter, long total) {
        CaseListQuery query = new CaseListQuery(h.readModels);
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            CaseListQuery.Page p = query.find(filter, today, page, 7);
            assertThat(p.total()).isEqualTo(total);
            p.items().forEach(e -> ids.add(e.caseId));
            if (p.items().size() < 7) {
                return ids;
            }
        }
    }

    @Test
    void every_filter_and_page_matches_a_scan_of_all_rows() {
        IdempotenceAndInterleavingTest.projectedOneByOne(h, 80, new Random(5));

        List<Case> checks = List.of(
                new Case(CaseListQuery.Filter.none(), e -> true),
                new Case(new CaseListQuery.Filter(null, null, "甲县总工会", null, null, null), e -> e.unionBody.equals("甲县总工会")),
                new Case(new CaseListQuery.Filter("CLOSED", null, null, null, null, null), e -> "CLOSED".equals(e.stage)),
                new Case(new CaseListQuery.Filter(null, "o-2", "乙市总工会", null, null, null),
                        e -> "o-2".equals(e.officerId) && e.unionBody.equals("乙市总工会")),
                new Case(new CaseListQuery.Filter(null, null, null, "某公司", null, null), e -> e.obligorNames.contains("某公司")),
                new Case(new CaseListQuery.Filter(null, null, null, null, "HOTLINE_12351", null), e -> "HOTLINE_12351".equals(e.channel)),
                new Case(new CaseListQuery.Filter(null, null, null, null, null, true),
                        e -> e.nextDeadlineDue != null && e.nextDeadlineDue.isBefore(today)),
                new Case(new CaseListQuery.Filter(null, null, null, null, null, false),
                        e -> e.nextDeadlineDue == null || !e.nextDeadlineDue.isBefore(today)));
        for (Case c : checks) {
            List<String> expected = expected(c.expected());
            assertThat(listed(c.filter(), expected.size())).as(c.filter().toString()).containsExactlyElementsOf(expected);
        }
        assertThat(expected(e -> "CLOSED".equals(e.stage))).isNotEmpty();
        assertThat(expected(e -> e.nextDeadlineDue != null && e.nextDeadlineDue.isBefore(today))).isNotEmpty();
    }

    record Case(CaseListQuery.Filter filter, Predicate<CaseListEntry> expected) {
    }
}
