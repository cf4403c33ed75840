package org.caseledger.core.litigation;

import org.caseledger.core.kernel.ClaimantId;

import java.time.LocalDate;
import java.util.Set;

/**
 * How one award of the case stands: each group of workers may have its own (劳动争议调解仲裁法 arts. 47-50), with its
 * own 15 days to sue, its own type and its own fate at the intermediate court.
 */
public record AwardStanding(Set<ClaimantId> claimants, LocalDate receivedOn, LocalDate suitDueOn, boolean finalAward,
                            boolean partial, boolean setAsidePending, boolean setAside) {

    public AwardStanding {
        claimants = Set.copyOf(claimants);
    }

    AwardStanding setAsideApplied() {
        return new AwardStanding(claimants, receivedOn, suitDueOn, finalAward, partial, true, setAside);
    }

    AwardStanding ruled(boolean aside, LocalDate suitAfterRuling) {
        return new AwardStanding(claimants, receivedOn, aside ? suitAfterRuling : suitDueOn, finalAward, partial, false, aside);
    }
}
