package org.caseledger.projections.timeline;

/** Part of a case's timeline (see {@link CaseTimeline}). */
public class ClaimantLine {
    public String claimantId;
    public long originalClaimedFen;
    public long claimedFen;
    public Long agreedFen;
    public Long enforceableFen;
    /** The engine's 迟延履行利息 as last assessed, part of {@code enforceableFen}. */
    public long lateInterestFen;
    public long receivedFen;
    public long disbursedFen;

    public long targetFen() {
        return enforceableFen != null ? enforceableFen : agreedFen != null ? agreedFen : claimedFen;
    }
}
