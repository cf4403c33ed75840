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
    private final org.caseledger.api.store.ChainMigration migration;

    private final org.caseledger.api.contacts.Contacts contacts;
    private final org.caseledger.api.store.AttachmentStore attachmentStore;

    public IntegrityController(StoreIntegrity integrity, Anchors anchors, org.caseledger.api.store.ChainMigration migration,
                               org.caseledger.api.contacts.Contacts contacts, org.caseledger.api.store.AttachmentStore attachmentStore) {
        this.contacts = contacts;
        this.attachmentStore = attachmentStore;
        this.integrity = integrity;
        this.anchors = anchors;
        this.migration = migration;
    }

    /**
     * The chain recomputed and judged against the anchors ({@link IntegrityAnswer}): the latest anchor that holds the
     * case, or the one of {@code anchor} (a day; {@code number} picks one of that day's, by default its last holding the
     * case). For auditors and admins, who read every case (a case whose first event was removed is still known to the
     * read models).
     */
    @GetMapping("/api/cases/{caseId}/integrity")
    public IntegrityAnswer caseIntegrity(@PathVariable String caseId, @RequestParam(required = false) String anchor,
                                         @RequestParam(required = false) Long number) {
        if (!integrity.knows(caseId)) {
            throw ApiProblem.notFound(caseId);
        }
        CaseChain.Verification v = integrity.verifyCase(caseId);
        java.util.Optional<Anchors.Inclusion> found;
        if (anchor == null) {
            found = anchors.latestInclusion(caseId);
        } else {
            LocalDate day = day(anchor, "anchor");
            found = anchors.inclusion(caseId, day, number);
            if (found.isEmpty()) {
                java.util.List<StoreIntegrity.StoredEvent> stored = integrity.storedEvents(caseId);
                boolean filedAfter = !stored.isEmpty() && anchors.ofDay(day).stream().allMatch(st -> stored.get(0).timestamp().isAfter(st.createdAt()));
                throw new ApiProblem(HttpStatus.NOT_FOUND, "NOT_ANCHORED", "anchor", filedAfter
                        ? "case " + caseId + " is not yet anchored: it was filed after the anchors of " + day
                        : "no anchor of " + day + " holds case " + caseId + ": it did not change since the anchor before");
            }
        }
        java.util.List<String> findings = new java.util.ArrayList<>();
        if (!v.valid()) {
            return answer(caseId, "BROKEN", v, v.reason(), null, findings, found.map(i -> check(caseId, i)).orElse(null));
        }
        if (found.isEmpty()) {
            findings.add("no anchor holds this case yet: nothing outside the database vouches for its " + v.events() + " events");
            backDated(caseId, -1, findings);
            return answer(caseId, "NOT_YET_ANCHORED", v, "not yet anchored", null, findings, null);
        }
        Anchors.Inclusion inclusion = found.get();
        IntegrityAnswer.AnchorCheck check = check(caseId, inclusion);
        long anchoredSeq = inclusion.leaf().seq();
        String which = "anchor " + inclusion.statement().number() + " of " + inclusion.statement().day();
        if (!check.signatureValid()) {
            return answer(caseId, "FORGED_ANCHOR", v, which + " is not signed by a trusted key (" + check.verdict() + "): forged", null,
                    findings, check);
        }
        if (!check.proofLeadsToRoot()) {
            return answer(caseId, "FORGED_ANCHOR", v, "the case's leaf in " + which + " does not lead to its signed root", null, findings, check);
        }
        if (!check.storedEventMatches()) {
            return answer(caseId, "REWRITTEN", v, "the history up to event " + anchoredSeq + " is not the one " + which
                    + " signed: it was rewritten", anchoredSeq, findings, check);
        }
        long last = v.events() - 1L;
        backDated(caseId, anchoredSeq, findings);
        if (last > anchoredSeq) {
            findings.add(0, "events " + (anchoredSeq + 1) + " to " + last + " are not yet anchored");
            return answer(caseId, "NOT_YET_ANCHORED", v, "events after " + anchoredSeq + " are not yet anchored", anchoredSeq, findings, check);
        }
        return answer(caseId, findings.isEmpty() ? "PROVEN" : "NOT_YET_ANCHORED", v, findings.isEmpty() ? null : findings.get(0), anchoredSeq,
                findings, check);
    }

    private IntegrityAnswer answer(String caseId, String status, CaseChain.Verification v, String reason, Long anchoredUpTo,
                                   java.util.List<String> findings, IntegrityAnswer.AnchorCheck check) {
        return new IntegrityAnswer(caseId, status.equals("PROVEN"), status, v.valid(), v.events(), v.headHash(), v.firstBrokenSequence(),
                reason, anchoredUpTo, java.util.List.copyOf(findings), check);
    }

    private IntegrityAnswer.AnchorCheck check(String caseId, Anchors.Inclusion inclusion) {
        org.caseledger.api.crypto.TrustedKeys.Verdict verdict = anchors.verdict(inclusion.statement());
        boolean proof = MerkleTree.rootFrom(MerkleTree.leaf(caseId, inclusion.leaf().seq(), inclusion.leaf().hash()), inclusion.proof())
                .equals(inclusion.statement().merkleRoot());
        boolean stored = integrity.storedHashAt(caseId, inclusion.leaf().seq()).map(inclusion.leaf().hash()::equals).orElse(false);
        return new IntegrityAnswer.AnchorCheck(inclusion, verdict.name(), verdict == org.caseledger.api.crypto.TrustedKeys.Verdict.TRUSTED,
                proof, stored);
    }

    /**
     * An event not held by any anchor, stored after the latest anchor's high-water mark of global indexes, yet dated
     * more than a minute before that anchor was made: it claims a time at which the anchor would have held it.
     */
    private void backDated(String caseId, long anchoredSeq, java.util.List<String> findings) {
        java.util.Optional<Anchors.Statement> latest = anchors.latestStatement();
        if (latest.isEmpty()) {
            return;
        }
        Anchors.Statement a = latest.get();
        for (StoreIntegrity.StoredEvent e : integrity.storedEvents(caseId)) {
            long seq = e.seq();
            long globalIndex = e.globalIndex();
            java.time.Instant at = e.timestamp();
            if (seq > anchoredSeq && globalIndex > a.upToGlobalIndex() && at.plusSeconds(60).isBefore(a.createdAt())) {
                findings.add("event " + seq + " is dated " + at + ", before anchor " + a.number() + " of " + a.day()
                        + " was made, yet was stored after it: back-dated");
            }
        }
        if (a.refused() != null) {
            a.refused().stream().filter(r -> r.caseId().equals(caseId))
                    .forEach(r -> findings.add("anchor " + a.number() + " refused this case: " + r.reason()));
        }
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
        java.util.List<CaseExport.AttachedFile> files = new java.util.ArrayList<>();
        for (var a : contacts.attachmentsOf(caseId)) {
            try {
                attachmentStore.open(caseId, a.attachmentId(), a.claimantId()).ifPresent(content -> files.add(new CaseExport.AttachedFile(
                        a.attachmentId(), a.seq(), a.contentType(), java.util.Base64.getEncoder().encodeToString(content))));
            } catch (org.caseledger.api.store.AttachmentStore.Unreadable e) {
                // a file whose seal fails is left out: the verifier then names it as missing against its event
            }
        }
        return new CaseExport(CaseExport.FORMAT, caseId, java.time.Instant.now(), integrity.exportedEvents(caseId),
                anchors.latestInclusion(caseId).orElse(null), files);
    }

    /** Anchors now: the cases changed since the last anchor, signed (the daily run does the same after midnight). */
    @PostMapping("/api/admin/integrity/anchors")
    public ResponseEntity<Anchors.Statement> anchorNow() {
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(anchors.anchorNow());
        } catch (Anchors.LogBroken broken) {
            throw new ApiProblem(HttpStatus.CONFLICT, "ANCHOR_LOG_BROKEN", null, broken.getMessage() + ": nothing is anchored on a broken log");
        }
    }

    /** The signed statements of a day, to be filed outside the system. */
    @GetMapping("/api/integrity/anchors/{day}")
    public List<Anchors.Statement> anchorsOf(@PathVariable String day) {
        return anchors.ofDay(day(day, "day"));
    }

    /** One anchor, by its day and number (with the cases it refused), to compare with a filed copy. */
    @GetMapping("/api/integrity/anchors/{day}/{number}")
    public Anchors.Statement anchor(@PathVariable String day, @PathVariable long number) {
        LocalDate d = day(day, "day");
        return anchors.byNumber(number).filter(s -> s.day().equals(d))
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "ANCHOR_NOT_FOUND", "number", "no anchor " + number + " of " + d));
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

    /**
     * Chains what is unchained, deliberately (the service never does so on start once the store is chained): recorded
     * with the administrator's name and logged; the chained events are marked {@code chainedByMigration}.
     */
    @PostMapping("/api/admin/integrity/chain-migration")
    public org.caseledger.api.store.ChainMigration.Run chainMigration(java.security.Principal admin) {
        return migration.migrate(admin == null ? "unknown" : admin.getName());
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
