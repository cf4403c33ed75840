package org.caseledger.api.integrity;

import org.caseledger.api.crypto.MerkleTree;
import org.caseledger.api.crypto.AnchorSigner;
import org.caseledger.api.store.CaseExport;
import org.caseledger.api.store.StoreIntegrity;
import org.caseledger.api.store.Anchors;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.eventstore.CaseChain;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Whether a case's stored history is the one that was written: its hash chain recomputed (auditors, admins), and the
 * whole store checked in the background (admins).
 */
@RestController
public class IntegrityController {

    private final StoreIntegrity integrity;
    private final Anchors anchors;

    public IntegrityController(StoreIntegrity integrity, Anchors anchors) {
        this.integrity = integrity;
        this.anchors = anchors;
    }

    /**
     * The chain recomputed: {@code valid}, events, the head hash, and where and why it breaks. For auditors and admins,
     * who read every case (a case whose first event was removed is still known to the read models).
     */
    @GetMapping("/api/cases/{caseId}/integrity")
    public IntegrityAnswer caseIntegrity(@PathVariable String caseId, @RequestParam(required = false) String anchor) {
        if (!integrity.knows(caseId)) {
            throw ApiProblem.notFound(caseId);
        }
        CaseChain.Verification v = integrity.verifyCase(caseId);
        if (anchor == null) {
            return new IntegrityAnswer(caseId, v.valid(), v.events(), v.headHash(), v.firstBrokenSequence(), v.reason(), null);
        }
        LocalDate day = day(anchor, "anchor");
        Anchors.Inclusion inclusion = anchors.inclusion(caseId, day).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "NOT_ANCHORED",
                "anchor", "no anchor of " + day + " holds case " + caseId + ": it did not change since the anchor before"));
        boolean signature = AnchorSigner.verify(inclusion.statement().publicKey(), inclusion.statement().signedText(),
                inclusion.statement().signature());
        boolean proof = MerkleTree.rootFrom(MerkleTree.leaf(caseId, inclusion.leaf().seq(), inclusion.leaf().hash()), inclusion.proof())
                .equals(inclusion.statement().merkleRoot());
        boolean stored = integrity.storedHashAt(caseId, inclusion.leaf().seq()).map(inclusion.leaf().hash()::equals).orElse(false);
        IntegrityAnswer.AnchorCheck check = new IntegrityAnswer.AnchorCheck(inclusion, signature, proof, stored);
        if (v.valid() && !stored) {
            return new IntegrityAnswer(caseId, false, v.events(), v.headHash(), null, "the history up to event " + inclusion.leaf().seq()
                    + " is not the one anchor " + inclusion.statement().number() + " of " + day + " signed: it was rewritten", check);
        }
        return new IntegrityAnswer(caseId, v.valid() && signature && proof, v.events(), v.headHash(), v.firstBrokenSequence(),
                v.reason() != null ? v.reason() : signature && proof ? null : "the anchor's signature or proof does not hold", check);
    }

    /**
     * The case file anyone can check offline ({@link CaseExport}, {@code java -jar caseledger-exec.jar verify <file>}):
     * every event as hashed, with the latest anchor that holds the case.
     */
    @GetMapping("/api/cases/{caseId}/export")
    public CaseExport export(@PathVariable String caseId) {
        if (!integrity.knows(caseId)) {
            throw ApiProblem.notFound(caseId);
        }
        return new CaseExport(CaseExport.FORMAT, caseId, java.time.Instant.now(), integrity.exportedEvents(caseId), anchors.latestInclusion(caseId).orElse(null));
    }

    /** Anchors now: the cases changed since the last anchor, signed (the daily run does the same after midnight). */
    @PostMapping("/api/admin/integrity/anchors")
    public ResponseEntity<Anchors.Statement> anchorNow() {
        return ResponseEntity.status(HttpStatus.CREATED).body(anchors.anchorNow());
    }

    /** The signed statements of a day, to be filed outside the system. */
    @GetMapping("/api/integrity/anchors/{day}")
    public List<Anchors.Statement> anchorsOf(@PathVariable String day) {
        return anchors.ofDay(day(day, "day"));
    }

    /** The public key the anchors are signed with (Ed25519, X.509, base64). */
    @GetMapping("/api/integrity/public-key")
    public Map<String, String> publicKey() {
        return Map.of("algorithm", "Ed25519", "publicKey", anchors.publicKey());
    }

    private static LocalDate day(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", field, "a day is yyyy-MM-dd");
        }
    }

    @PostMapping("/api/admin/integrity/check")
    public ResponseEntity<StoreIntegrity.Progress> check() {
        if (!integrity.startStoreCheck()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "CHECK_RUNNING", null, "a check of the store is running; GET shows its progress");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(integrity.progress());
    }

    @GetMapping("/api/admin/integrity/check")
    public StoreIntegrity.Progress progress() {
        return integrity.progress();
    }
}
