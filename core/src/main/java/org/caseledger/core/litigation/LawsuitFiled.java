package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * A lawsuit was filed, by the workers named ({@code claimantIds}; empty: all, as stored before 0.3), or by the employer
 * against them ({@code side} EMPLOYER; null: the workers). {@code aidFirstReason}: filed before the legal-aid decision,
 * and why (法律援助法 art. 44).
 */
public record LawsuitFiled(
        CaseId caseId,
        String court,
        DirectSuitBasis directSuitBasis,
        List<DeadlineClosure> deadlinesClosed,
        List<CaseWarning> warnings,
        List<ClaimantId> claimantIds,
        PartySide side,
        LocalDate occurredOn,
        String aidFirstReason) implements WageCaseEvent {

    public LawsuitFiled {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        claimantIds = claimantIds == null ? List.of() : List.copyOf(claimantIds);
        side = side == null ? PartySide.WORKER : side;
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    public LawsuitFiled(CaseId caseId, String court, DirectSuitBasis directSuitBasis, List<DeadlineClosure> deadlinesClosed,
                        List<CaseWarning> warnings, List<ClaimantId> claimantIds, PartySide side, LocalDate occurredOn) {
        this(caseId, court, directSuitBasis, deadlinesClosed, warnings, claimantIds, side, occurredOn, null);
    }

    /** The workers named sue. */
    public LawsuitFiled(CaseId caseId, String court, DirectSuitBasis directSuitBasis, List<DeadlineClosure> deadlinesClosed,
                        List<CaseWarning> warnings, List<ClaimantId> claimantIds, LocalDate occurredOn) {
        this(caseId, court, directSuitBasis, deadlinesClosed, warnings, claimantIds, null, occurredOn);
    }

    /** All the workers sue. */
    public LawsuitFiled(CaseId caseId, String court, DirectSuitBasis directSuitBasis, List<DeadlineClosure> deadlinesClosed,
                        List<CaseWarning> warnings, LocalDate occurredOn) {
        this(caseId, court, directSuitBasis, deadlinesClosed, warnings, List.of(), null, occurredOn);
    }

    /** The fields of the earlier layout; the new ones take their defaults. */
    public LawsuitFiled(CaseId caseId, String court, DirectSuitBasis directSuitBasis, List<DeadlineClosure> deadlinesClosed, LocalDate occurredOn) {
        this(caseId, court, directSuitBasis, deadlinesClosed, List.of(), List.of(), null, occurredOn);
    }

    @Override
    public CaseStage stageAfter(CaseStage current) {
        return CaseStage.LITIGATION;
    }

    @Override
    public Description describe() {
        return Description.step("LawsuitFiled", text(court), flag(directSuitBasis != null), code(directSuitBasis),
                flag(side == PartySide.EMPLOYER), count(claimantIds.size()), flag(aidFirstReason != null), text(aidFirstReason));
    }
}
