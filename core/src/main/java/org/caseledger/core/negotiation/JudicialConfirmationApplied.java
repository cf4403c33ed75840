package org.caseledger.core.negotiation;

import org.caseledger.core.kernel.Description;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.WageCaseEvent;

import static org.caseledger.core.kernel.SummaryArg.*;

/** Confirmation of a mediation agreement was applied for; flagged when later than 30 days after the agreement. */
public record JudicialConfirmationApplied(
        CaseId caseId,
        String court,
        PromiseId promiseId,
        List<CaseWarning> warnings,
        LocalDate occurredOn) implements WageCaseEvent {

    public JudicialConfirmationApplied {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(promiseId, "promiseId");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("JudicialConfirmationApplied", text(promiseId.value()), text(court));
    }
}
