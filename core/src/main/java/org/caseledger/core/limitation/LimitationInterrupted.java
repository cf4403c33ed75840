package org.caseledger.core.limitation;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.InterruptionCause;
import org.caseledger.core.kernel.InterruptionSource;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * 时效中断: a limitation runs again in full, for these claimants (arbitration) or for the instrument (enforcement),
 * from {@code restartsFrom} (the day of the interruption; for a settlement in enforcement, its agreed last day of
 * performance). {@code lastDay} is the case's new earliest last day to act, which the limitation deadline now shows.
 */
public record LimitationInterrupted(
        CaseId caseId,
        LimitationKind limitation,
        InterruptionCause cause,
        List<ClaimantId> claimantIds,
        String note,
        LocalDate restartsFrom,
        LocalDate lastDay,
        List<DeadlineClosure> deadlinesClosed,
        List<Deadline> deadlinesSet,
        LocalDate occurredOn) implements WageCaseEvent {

    public LimitationInterrupted {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(limitation, "limitation");
        Objects.requireNonNull(cause, "cause");
        claimantIds = List.copyOf(Objects.requireNonNull(claimantIds, "claimantIds"));
        Objects.requireNonNull(restartsFrom, "restartsFrom");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        deadlinesSet = List.copyOf(Objects.requireNonNull(deadlinesSet, "deadlinesSet"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        // an engine-written note names a step of the case: worded in the reader's language, its number as written
        InterruptionSource.Read read = InterruptionSource.read(note);
        return Description.step("LimitationInterrupted", code(limitation), code(cause), flag(note != null && !note.isBlank()),
                text(read.reference()), count(claimantIds.size()), day(restartsFrom), day(lastDay), code(read.source()));
    }
}
