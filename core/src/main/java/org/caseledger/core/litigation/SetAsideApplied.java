package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The employer applied to set the award aside; enforcement of it is suspended until the court rules (解释(一) art. 25). */
public record SetAsideApplied(
        CaseId caseId,
        String court,
        String awardNo,
        List<CaseWarning> warnings,
        LocalDate occurredOn) implements WageCaseEvent {

    public SetAsideApplied {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(awardNo, "awardNo");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("SetAsideApplied", text(court), text(awardNo));
    }
}
