package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** An appeal was filed, by the side named (null: not said, as stored before 0.3). */
public record AppealFiled(
        CaseId caseId,
        String appellant,
        PartySide side,
        List<DeadlineClosure> deadlinesClosed,
        List<CaseWarning> warnings,
        LocalDate occurredOn) implements WageCaseEvent {

    public AppealFiled {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(appellant, "appellant");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** The fields of the earlier layout; the new ones take their defaults. */
    public AppealFiled(CaseId caseId, String appellant, List<DeadlineClosure> deadlinesClosed, LocalDate occurredOn) {
        this(caseId, appellant, null, deadlinesClosed, List.of(), occurredOn);
    }

    /** The fields of 0.2: the side not said. */
    public AppealFiled(CaseId caseId, String appellant, List<DeadlineClosure> deadlinesClosed, List<CaseWarning> warnings, LocalDate occurredOn) {
        this(caseId, appellant, null, deadlinesClosed, warnings, occurredOn);
    }

    @Override
    public Description describe() {
        return Description.step("AppealFiled", text(appellant), flag(side != null), code(side));
    }
}
