package org.caseledger.core.supervision;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The case or its leads were referred. */
public record CaseReferred(
        CaseId caseId,
        ReferralTarget target,
        UnionBody referredBy,
        String reason,
        LocalDate occurredOn) implements WageCaseEvent {

    public CaseReferred {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(referredBy, "referredBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("CaseReferred", code(target), text(reason));
    }
}
