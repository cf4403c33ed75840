package org.caseledger.core.litigation;

import org.caseledger.core.kernel.DatedCommand;
import java.util.List;
import org.caseledger.core.kernel.ClaimantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * 起诉: after an award, after a failed payment order, or directly with a stated basis. {@code claimantIds}: the workers
 * who sue (empty: all); after an award, it stays effective for those who do not (劳动争议解释(一) art. 17).
 * {@code side} EMPLOYER: the employer sues against a non-final award (劳动争议调解仲裁法 art. 50), the workers named
 * being those it sues; null or WORKER: the workers sue. {@code aidFirstReason}: before the legal-aid decision, why aid is
 * given first (法律援助法 art. 44: fewer than 7 days remain of the limitation, or preservation is urgent).
 */
public record FileLawsuit(
        @TargetAggregateIdentifier CaseId caseId,
        String court,
        DirectSuitBasis directSuitBasis,
        List<ClaimantId> claimantIds,
        PartySide side,
        LocalDate occurredOn,
        String aidFirstReason) implements DatedCommand {

    public FileLawsuit {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        claimantIds = claimantIds == null ? java.util.List.of() : java.util.List.copyOf(claimantIds);
        side = side == null ? PartySide.WORKER : side;
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(court, "court");
    }

    public FileLawsuit(CaseId caseId, String court, DirectSuitBasis directSuitBasis, List<ClaimantId> claimantIds, PartySide side,
                       LocalDate occurredOn) {
        this(caseId, court, directSuitBasis, claimantIds, side, occurredOn, null);
    }

    /** The workers named sue. */
    public FileLawsuit(CaseId caseId, String court, DirectSuitBasis directSuitBasis, List<ClaimantId> claimantIds,
                       LocalDate occurredOn) {
        this(caseId, court, directSuitBasis, claimantIds, null, occurredOn);
    }

    /** All the workers sue. */
    public FileLawsuit(CaseId caseId, String court, DirectSuitBasis directSuitBasis, LocalDate occurredOn) {
        this(caseId, court, directSuitBasis, null, null, occurredOn);
    }
}
