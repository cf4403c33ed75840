package org.caseledger.projections.timeline;

/** Part of a case's timeline (see {@link CaseTimeline}). */
public class ClaimantLine {
    public String claimantId;
    public long originalClaimedFen;
    public long claimedFen;
    public Long agreedFen;
    public Long enforceableFen;
    public long receivedFen;
    public long disbursedFen;

    public long targetFen() {
        return enforceableFen != null ? enforceableFen : agreedFen != null ? agreedFen : claimedFen;
    }
}
