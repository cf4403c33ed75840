package org.caseledger.projections;

import org.caseledger.core.scenario.LudianReferenceCaseTest;
import org.caseledger.core.scenario.PingliangReferenceCaseTest;
import org.caseledger.core.kernel.WageCaseEvent;
import org.caseledger.projections.dashboard.Contribution;
import org.caseledger.projections.timeline.CaseTimeline;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A stored contribution read field by field is the contribution that was stored, at every step of both reference cases. */
class ContributionTest {

    @Test
    void a_contribution_read_back_from_its_document_equals_the_one_written() throws Exception {
        int checked = 0;
        for (List<Object> history : List.of(PingliangReferenceCaseTest.run().history(), LudianReferenceCaseTest.run().history())) {
            CaseTimeline timeline = new CaseTimeline();
            long seq = 0;
            for (Object event : history) {
                timeline.apply((WageCaseEvent) event, seq++, Instant.parse("2026-01-01T00:00:00Z"));
                Contribution written = Contribution.of(timeline);
                Contribution read = Contribution.fromDocument(ReadModels.toDocument(written));
                assertThat(ReadModels.JSON.writeValueAsString(read)).isEqualTo(ReadModels.JSON.writeValueAsString(written));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(40);
    }
}
