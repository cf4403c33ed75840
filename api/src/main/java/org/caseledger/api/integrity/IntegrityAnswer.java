package org.caseledger.api.integrity;

import org.caseledger.api.store.Anchors;
/**
 * A case's integrity: its hash chain recomputed ({@code valid}, {@code events}, {@code headHash},
 * {@code firstBrokenSequence}, {@code reason}) and, when an anchor day was asked for, that anchor's check.
 */
public record IntegrityAnswer(String caseId, boolean valid, int events, String headHash, Long firstBrokenSequence, String reason,
                              AnchorCheck anchor) {

    /**
     * The case in an anchor: the signed statement, the leaf and its proof; whether the signature holds under the
     * statement's public key, the proof leads to the signed root, and the stored event at the leaf's sequence number
     * still has the anchored hash (a rewrite with recomputed hashes fails here).
     */
    public record AnchorCheck(Anchors.Inclusion inclusion, boolean signatureValid, boolean proofLeadsToRoot, boolean storedEventMatches) {
    }
}
