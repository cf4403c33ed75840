package org.caseledger.core.scenario;

import org.junit.jupiter.api.Test;

/** The reference and coverage cases together append every event type (CoverageCases is not a test class by its name). */
class EveryEventTypeIsAppendedTest {

    @Test
    void the_reference_and_coverage_cases_together_append_every_event_type() {
        new CoverageCases().together_with_the_reference_cases_every_event_type_is_appended();
    }
}
