package org.caseledger.core.negotiation;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The worker applied to a mediation body; the arbitration year is interrupted by it (劳动争议调解仲裁法 art. 27 ¶2). */
public record MediationApplied(CaseId caseId, MediatorKind mediator, String body, LocalDate occurredOn) implements WageCaseEvent {

    public MediationApplied {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(mediator, "mediator");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("MediationApplied", code(mediator), text(body));
    }
}
