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
        LocalDate occurredOn,
        LocalDate inspectionFilingDueOn) implements WageCaseEvent {

    /** A referral stored before 0.5.0, or to another body than the labour inspectorate: no filing day is watched. */
    public CaseReferred(CaseId caseId, ReferralTarget target, UnionBody referredBy, String reason, LocalDate occurredOn) {
        this(caseId, target, referredBy, reason, occurredOn, null);
    }

    /**
     * A complaint handed to the labour inspectorate is accepted and filed within 5 working days of its receipt
     * (关于实施《劳动保障监察条例》若干规定 art. 18): the day is watched, its lateness flagged when 立案 is recorded.
     */
    @Override
    public java.util.List<org.caseledger.core.kernel.Deadline> deadlinesSet() {
        return inspectionFilingDueOn == null ? java.util.List.of()
                : java.util.List.of(org.caseledger.core.kernel.Deadline.of(org.caseledger.core.kernel.DeadlineKind.INSPECTION_FILING,
                        org.caseledger.core.kernel.InspectionPeriods.SUBJECT, inspectionFilingDueOn));
    }

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
