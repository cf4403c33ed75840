package org.caseledger.core.kernel;

import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;

import java.time.LocalDate;
import java.util.List;

/**
 * Every event of a wage case: which case, and the day the fact happened (which may be long before it was
 * recorded; the store keeps the recording time separately). Events that start or end deadlines say so, so
 * deadlines are part of the history and every read model derives them the same way.
 */
public interface WageCaseEvent {

    CaseId caseId();

    LocalDate occurredOn();

    default List<Deadline> deadlinesSet() {
        return List.of();
    }

    default List<DeadlineClosure> deadlinesClosed() {
        return List.of();
    }

    /** What was irregular about the fact, each citing its rule; recorded, not refused. */
    default List<CaseWarning> warnings() {
        return List.of();
    }
}
