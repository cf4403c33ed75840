package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** A payment order was applied for. */
public record PaymentOrderApplied(
        CaseId caseId,
        String court,
        LocalDate occurredOn) implements WageCaseEvent {

    public PaymentOrderApplied {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(occurredOn, "occurredOn");
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
