package org.caseledger.core.kernel;

import java.time.LocalDate;
import java.util.List;

/**
 * Every event of a wage case: which case, and the day the fact happened (which may be long before it was
 * recorded; the store keeps the recording time separately). Events that start or end deadlines say so, so
 * deadlines are part of the history and every read model derives them the same way; events that move the case to
 * another stage, or its enforcement to another sub-state, say that too.
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

    /**
     * How this fact is shown to a person: its mark on the lanes, whether it alerts, its summary line as data. Every
     * event declares it (there is no default), so an event cannot be added without saying how it reads.
     */
    Description describe();

    /** The stage the case is in after this fact (legal-basis §6.2); most facts leave it where it is. */
    default CaseStage stageAfter(CaseStage current) {
        return current;
    }

    /** The enforcement sub-state after this fact (null: no enforcement going on); most facts leave it as it is. */
    default EnforcementState enforcementStateAfter(EnforcementState current) {
        return current;
    }
}
