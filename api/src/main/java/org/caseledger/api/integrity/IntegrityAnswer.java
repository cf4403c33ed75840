package org.caseledger.api.integrity;

import org.caseledger.api.store.Anchors;

import java.util.List;

/**
 * A case's integrity. {@code status}: {@code PROVEN} (the chain holds and every event is held by an anchor signed with a
 * trusted key), {@code NOT_YET_ANCHORED} (the chain holds; the events after {@code anchoredUpTo} — or all, when no
 * anchor holds the case — are vouched for by nothing outside the database yet), {@code BROKEN} (the chain does not
 * hold: {@code firstBrokenSequence}, {@code reason}), {@code REWRITTEN} (the event an anchor signed is no longer the
 * stored one), {@code FORGED_ANCHOR} (the anchor holding the case is not signed by a trusted key, or its proof does not
 * lead to its signed root). {@code valid} is true only when PROVEN; {@code chainIntact} says the chain alone holds.
 * {@code findings}: what else was found, e.g. an event dated before an anchor that does not hold it (back-dated).
 */
public record IntegrityAnswer(String caseId, boolean valid, String status, boolean chainIntact, int events, String headHash,
                              Long firstBrokenSequence, String reason, Long anchoredUpTo, List<String> findings, AnchorCheck anchor) {

    /**
     * The case in an anchor: the signed statement, the leaf and its proof; {@code verdict} of its signature
     * ({@code TRUSTED}, {@code UNTRUSTED_KEY}: forged, {@code BAD_SIGNATURE}); {@code signatureValid} only when trusted;
     * whether the proof leads to the signed root, and the stored event at the leaf's sequence number still has the
     * anchored hash (a rewrite with recomputed hashes fails here).
     */
    public record AnchorCheck(Anchors.Inclusion inclusion, String verdict, boolean signatureValid, boolean proofLeadsToRoot,
                              boolean storedEventMatches) {
    }
}
