package org.caseledger.core.litigation;

import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.ObligorId;
import java.util.List;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * A payment order was applied for, against {@code obligorIds} (empty: the case's obligors as one); flagged when property
 * was preserved before any suit (the court does not accept it, 民事诉讼法解释 art. 427(7)).
 */
public record PaymentOrderApplied(
        CaseId caseId,
        String court,
        LocalDate occurredOn,
        List<ObligorId> obligorIds,
        List<CaseWarning> warnings) implements WageCaseEvent {

    public PaymentOrderApplied {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(occurredOn, "occurredOn");
        obligorIds = obligorIds == null ? List.of() : List.copyOf(obligorIds);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public PaymentOrderApplied(CaseId caseId, String court, LocalDate occurredOn) {
        this(caseId, court, occurredOn, null, null);
    }

    @Override
    public CaseStage stageAfter(CaseStage current) {
        return CaseStage.LITIGATION;
    }

    @Override
    public Description describe() {
        return Description.step("PaymentOrderApplied", text(court));
    }
}
