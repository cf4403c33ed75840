package org.caseledger.projections.timeline;

import org.caseledger.core.kernel.WageCaseEvent;
import org.caseledger.core.wagecase.StoredNames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of event shows a line of its own on the timeline, never just its type's name. */
class EntrySummaryTest {

    @Test
    void every_event_type_has_a_line_of_text() {
        assertThat(StoredNames.CURRENT.values().stream().filter(WageCaseEvent.class::isAssignableFrom))
                .hasSize(65)
                .allSatisfy(type -> assertThat(EntrySummary.describes(type)).as(type.getSimpleName()).isTrue());
    }
}
