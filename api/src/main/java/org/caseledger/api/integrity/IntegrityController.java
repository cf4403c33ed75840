package org.caseledger.api.integrity;

import org.caseledger.api.web.ApiProblem;
import org.caseledger.eventstore.CaseChain;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether a case's stored history is the one that was written: its hash chain recomputed (auditors, admins), and the
 * whole store checked in the background (admins).
 */
@RestController
public class IntegrityController {

    private final StoreIntegrity integrity;

    public IntegrityController(StoreIntegrity integrity) {
        this.integrity = integrity;
    }

    /**
     * The chain recomputed: {@code valid}, events, the head hash, and where and why it breaks. For auditors and admins,
     * who read every case (a case whose first event was removed is still known to the read models).
     */
    @GetMapping("/api/cases/{caseId}/integrity")
    public CaseChain.Verification caseIntegrity(@PathVariable String caseId) {
        if (!integrity.knows(caseId)) {
            throw ApiProblem.notFound(caseId);
        }
        return integrity.verifyCase(caseId);
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
