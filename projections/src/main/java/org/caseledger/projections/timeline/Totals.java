package org.caseledger.projections.timeline;

/** Sums over the ledger lines, kept for readers; always recomputed from the lines. */
public class Totals {
    public int claimants;
    public long originalClaimedFen;
    public long claimedFen;
    public long agreedFen;
    public long targetFen;
    public long receivedFen;
    public long disbursedFen;
    public long unallocatedFen;
}
