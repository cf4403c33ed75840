package org.caseledger.core.authority;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.code;
import static org.caseledger.core.kernel.SummaryArg.money;
import static org.caseledger.core.kernel.SummaryArg.obligor;
import static org.caseledger.core.kernel.SummaryArg.text;

/** The inspectorate decided (劳动保障监察条例 art. 18); the investigation's deadline ends with it. */
public record InspectionDecided(
        CaseId caseId,
        InspectionOutcome outcome,
        String documentNo,
        ObligorId obligorId,
        Money amount,
        List<DeadlineClosure> deadlinesClosed,
        List<CaseWarning> warnings,
        LocalDate occurredOn) implements WageCaseEvent {

    public InspectionDecided {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(documentNo, "documentNo");
        deadlinesClosed = deadlinesClosed == null ? List.of() : List.copyOf(deadlinesClosed);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("InspectionDecided", code(outcome), text(documentNo), obligor(obligorId), money(amount));
    }
}
