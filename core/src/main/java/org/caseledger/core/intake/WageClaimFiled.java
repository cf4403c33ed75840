package org.caseledger.core.intake;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseStage;
import org.axonframework.serialization.Revision;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** 登记受理: the claim was filed; legal aid must be decided within 7 days, arbitration applied for within a year of the end of employment. */
@Revision("2")
public record WageClaimFiled(
        CaseId caseId,
        UnionBody unionBody,
        String industry,
        Channel channel,
        String workOrderNo,
        List<NewClaimant> claimants,
        List<Obligor> obligors,
        boolean employmentEnded,
        LocalDate employmentEndedOn,
        LocalDate arbitrationLimitationEndsOn,
        LocalDate occurredOn) implements WageCaseEvent {

    public WageClaimFiled {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(unionBody, "unionBody");
        Objects.requireNonNull(channel, "channel");
        claimants = List.copyOf(Objects.requireNonNull(claimants, "claimants"));
        obligors = List.copyOf(Objects.requireNonNull(obligors, "obligors"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public List<Deadline> deadlinesSet() {
        Deadline aid = Deadline.of(DeadlineKind.LEGAL_AID_DECISION, caseId, occurredOn.plusDays(7));
        if (!employmentEnded || arbitrationLimitationEndsOn == null) {
            return List.of(aid); // 劳动争议调解仲裁法 art. 27: no time bar while employed
        }
        return List.of(aid, Deadline.of(DeadlineKind.ARBITRATION_LIMITATION, caseId, arbitrationLimitationEndsOn));
    }

    @Override
    public CaseStage stageAfter(CaseStage current) {
        return CaseStage.INTAKE;
    }

    @Override
    public Description describe() {
        return Description.step("WageClaimFiled", count(claimants.size()), count(obligors.size()), code(channel));
    }
}
