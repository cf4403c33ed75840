package org.caseledger.core.negotiation;

import org.caseledger.core.kernel.Description;
import java.time.LocalDate;
import java.util.Objects;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The court refused to confirm the mediation agreement (民事诉讼法 art. 206). */
public record JudicialConfirmationRefused(
        CaseId caseId,
        String reason,
        LocalDate occurredOn) implements WageCaseEvent {

    public JudicialConfirmationRefused {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("JudicialConfirmationRefused", text(reason));
    }
}
