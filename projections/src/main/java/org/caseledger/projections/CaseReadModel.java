package org.caseledger.projections;

import org.caseledger.projections.timeline.CaseTimeline;

/**
 * A read model derived from the cases' timelines (the case list, the dashboard, the deadlines). It owns its
 * documents: a projection batch tells it, case by case, what the timeline was and what it became, and the read
 * model decides what to write. Every write derives from the new timeline (set, never increment), so a batch
 * delivered twice writes the same documents.
 */
public interface CaseReadModel {

    /** A new batch of writes. */
    Batch batch();

    /** The writes of one projection batch, merged per document. */
    interface Batch {

        /** What the read model holds for a case whose stored timeline is this one, taken before the batch changes it. */
        Object held(CaseTimeline stored);

        /** Adds the writes that take a case from what was held ({@code null}: a case new to the read model) to this timeline. */
        void change(String caseId, Object held, CaseTimeline after);

        /** Writes what the batch changed (nothing when nothing did). */
        void write();
    }
}
